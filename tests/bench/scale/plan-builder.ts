// The parts every planning step shares: the shape of a plan, the builder that hands out ids and keeps
// relationships unique, and the date and coordinate helpers.
import type { NodeLabel, RelationshipType } from '../../../seed/dataset-schema.ts';
import { type NameLanguage, slug } from './generated-names.ts';
import type { SeededRandom } from './seeded-random.ts';

/** How big a generated graph is. Counts of nodes are exact; relationships are a target the filler meets. */
export interface ScaleSize {
  /** Local authorities (regions, départements, cities, prefectures, states); each governs its own Place. */
  authorities: number;
  /** Clusters, companies, universities, research institutes and agencies. */
  otherOrganisations: number;
  people: number;
  agreements: number;
  events: number;
  programmes: number;
  topics: number;
  sources: number;
  /** Relationships in the documents (the importer adds MENTIONED_IN links on top). */
  relationships: number;
  /** Organisations given `hubDegree` partnership links each, far above everyone else. */
  hubs: number;
  hubDegree: number;
  /** Zipf–Mandelbrot offset of the other organisations' degrees: larger = flatter head of the tail. */
  tailOffset: number;
}

export interface PlannedNode {
  id: string;
  label: Exclude<NodeLabel, 'Source'>;
  name: string;
  nameEn?: string;
  aliases?: string[];
  kind?: string;
  lang: NameLanguage;
  /** Index of the country (COUNTRIES) the node belongs to, for the sentences that place it. */
  country: number;
  /** Dates, status and coordinates; other properties are drawn when the record is written. */
  props: Record<string, string | number>;
  /** Index of the source whose document declares the node. */
  source: number;
}

export interface PlannedSource {
  id: string;
  title: string;
  publisher: string;
  published: string;
  language: 'fr' | 'en';
}

export const PLANNED_TYPES = [
  'PART_OF',
  'GOVERNS',
  'LOCATED_IN',
  'HOLDS_ROLE',
  'PARTY_TO',
  'CONCERNS',
  'SIGNED',
  'FACILITATED',
  'RENEWS',
  'ORGANISED',
  'HELD_IN',
  'PARTICIPATED_IN',
  'LED',
  'VISITED',
  'HOSTED',
  'RUNS',
  'SUPPORTS',
  'MEMBER_OF',
  'COOPERATES_WITH',
] as const satisfies readonly RelationshipType[];
export type PlannedType = (typeof PLANNED_TYPES)[number];

export interface GraphPlan {
  seed: number;
  nodes: PlannedNode[];
  sources: PlannedSource[];
  relFrom: number[];
  relTo: number[];
  /** Index into PLANNED_TYPES. */
  relType: number[];
  relSource: number[];
  /** Node indices of the hubs, busiest first. */
  hubs: number[];
}

const TYPE_INDEX = new Map<string, number>(PLANNED_TYPES.map((type, i) => [type, i]));
const DAY_MS = 86_400_000;

export class PlanBuilder {
  readonly nodes: PlannedNode[] = [];
  readonly relFrom: number[] = [];
  readonly relTo: number[] = [];
  readonly relType: number[] = [];
  readonly relSource: number[] = [];
  private readonly seen = new Set<number>();
  private readonly usedIds = new Set<string>();
  private nodeCapacity = 0;

  constructor(
    readonly random: SeededRandom,
    readonly sourcePicker: () => number,
  ) {}

  /** Ids are readable slugs made unique with a base-36 counter, as an analyst would disambiguate. */
  addNode(node: Omit<PlannedNode, 'id' | 'source'> & { idBase?: string }): number {
    const base = slug(node.idBase ?? node.nameEn ?? node.name) || node.label.toLowerCase();
    let id = `${base}-${this.nodes.length.toString(36)}`;
    while (this.usedIds.has(id)) id = `${id}-x`;
    this.usedIds.add(id);
    const { idBase: _ignored, ...rest } = node;
    this.nodes.push({ ...rest, id, source: this.sourcePicker() });
    return this.nodes.length - 1;
  }

  /** Fixes the node count so relationship keys can be packed into one number. */
  sealNodes(): void {
    this.nodeCapacity = this.nodes.length;
  }

  /** Adds a relationship unless it would repeat one (or loop); returns whether it was added. */
  addRel(type: PlannedType, from: number, to: number): boolean {
    if (from === to) return false;
    const typeIndex = TYPE_INDEX.get(type) ?? 0;
    // A cooperation is one fact whichever way round it is told.
    const [a, b] = type === 'COOPERATES_WITH' && from > to ? [to, from] : [from, to];
    const key = (typeIndex * this.nodeCapacity + a) * this.nodeCapacity + b;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    this.relFrom.push(a);
    this.relTo.push(b);
    this.relType.push(typeIndex);
    this.relSource.push(this.sourcePicker());
    return true;
  }

  get relationshipCount(): number {
    return this.relFrom.length;
  }
}

/** A day between the two years, at the precision sources give (mostly days, some months or years). */
export function randomDate(random: SeededRandom, fromYear: number, toYear: number): string {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear, 11, 31);
  const day = new Date(start + Math.floor(random.next() * ((end - start) / DAY_MS)) * DAY_MS)
    .toISOString()
    .slice(0, 10);
  const precision = random.next();
  return precision < 0.8 ? day : precision < 0.95 ? day.slice(0, 7) : day.slice(0, 4);
}

export const jitter = (random: SeededRandom, centre: number, spread: number) =>
  Math.round((centre + (random.next() * 2 - 1) * spread) * 10_000) / 10_000;
