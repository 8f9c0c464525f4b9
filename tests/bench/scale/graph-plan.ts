// The skeleton of a generated cooperation graph: which nodes exist, which relationships join them and
// which source states each record. Relationships are kept as parallel number arrays, not objects, so
// a million of them fit in a few tens of megabytes; texts and properties are made later, per document.
import type { NodeLabel, RelationshipType } from '../../../seed/dataset-schema.ts';
import {
  COUNTRIES,
  companyName,
  type NameLanguage,
  personName,
  placeName,
  slug,
  topicNames,
} from './generated-names.ts';
import { SeededRandom, ZipfSampler } from './seeded-random.ts';

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

class PlanBuilder {
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

const jitter = (random: SeededRandom, centre: number, spread: number) =>
  Math.round((centre + (random.next() * 2 - 1) * spread) * 10_000) / 10_000;

const PUBLISHERS = [
  'Commission nationale de la coopération décentralisée',
  'CLAIR Paris',
  'Cités Unies France',
  'Sister Cities International',
  'Le Bien Public',
  'Ouest-France',
  'The Japan Times',
  'Région Bourgogne-Franche-Comté',
];

function planSources(random: SeededRandom, count: number): PlannedSource[] {
  const sources: PlannedSource[] = [];
  for (let i = 0; i < count; i++) {
    // The busiest sources (Zipf rank 0, 1, …) are registers, as the national atlas is.
    const register = i < Math.max(1, Math.round(count * 0.01));
    // One article in three in English: the field reads both.
    const language = register || i % 3 !== 2 ? 'fr' : 'en';
    const title = register
      ? `Atlas français de la coopération décentralisée — extrait n° ${i + 1}`
      : language === 'fr'
        ? `Lettre de la coopération internationale n° ${i + 1}`
        : `International partnerships bulletin no. ${i + 1}`;
    sources.push({
      id: `src-${String(i).padStart(5, '0')}-${slug(title).slice(0, 60).replace(/-+$/, '')}`,
      title,
      publisher: register ? (PUBLISHERS[0] as string) : random.pick(PUBLISHERS),
      published: randomDate(random, 2015, 2026).slice(0, 10),
      language,
    });
  }
  return sources;
}

interface AuthorityLevel {
  kind: string;
  placeKind: string;
  name: (base: string) => string;
  nameEn: (base: string) => string;
}

/** How each country's authorities are named, level by level (largest unit first). */
function authorityLevels(lang: NameLanguage, countryIndex: number): AuthorityLevel[] {
  if (countryIndex === 0)
    return [
      { kind: 'region', placeKind: 'region', name: (b) => `Région ${b}`, nameEn: (b) => `${b} Region` },
      {
        kind: 'departement',
        placeKind: 'departement',
        name: (b) => `Département de ${b}`,
        nameEn: (b) => `${b} Department`,
      },
      { kind: 'city', placeKind: 'city', name: (b) => `Ville de ${b}`, nameEn: (b) => `City of ${b}` },
    ];
  if (lang === 'ja')
    return [
      {
        kind: 'prefecture',
        placeKind: 'prefecture',
        name: (b) => `Préfecture de ${b}`,
        nameEn: (b) => `${b} Prefecture`,
      },
      { kind: 'city', placeKind: 'city', name: (b) => `Ville de ${b}`, nameEn: (b) => `${b} City` },
    ];
  if (countryIndex === 2)
    return [
      { kind: 'us-state', placeKind: 'state', name: (b) => `État de ${b}`, nameEn: (b) => `State of ${b}` },
      { kind: 'city', placeKind: 'city', name: (b) => `Ville de ${b}`, nameEn: (b) => `City of ${b}` },
    ];
  return [
    { kind: 'region', placeKind: 'region', name: (b) => `Région de ${b}`, nameEn: (b) => `${b} Region` },
    { kind: 'city', placeKind: 'city', name: (b) => `Ville de ${b}`, nameEn: (b) => `City of ${b}` },
  ];
}

/** Plans the nodes and relationships of a graph of the given size, all drawn from `seed`. */
export function planGraph(size: ScaleSize, seed: number): GraphPlan {
  const root = new SeededRandom(seed);
  const sources = planSources(root.fork(1), size.sources);
  const sourceSampler = new ZipfSampler(sources.length, 1, 2);
  const sourceRandom = root.fork(2);
  const b = new PlanBuilder(root.fork(3), () => sourceSampler.draw(sourceRandom));
  const r = b.random;

  // Places and the authorities that govern them: countries, then units of each level inside.
  const countryCount = Math.min(COUNTRIES.length, Math.max(3, Math.ceil(size.authorities / 40)));
  const countryPlaces: number[] = [];
  for (let c = 0; c < countryCount; c++) {
    const country = COUNTRIES[c] as (typeof COUNTRIES)[number];
    countryPlaces.push(
      b.addNode({
        label: 'Place',
        name: country.name,
        nameEn: country.nameEn,
        kind: 'country',
        lang: country.lang,
        country: c,
        props: { lat: country.lat, lon: country.lon },
      }),
    );
  }
  // A third of the authorities are French (the atlas counts 4,750 French and 9,900 partners).
  const countrySampler = new ZipfSampler(Math.max(1, countryCount - 1), 0.8, 1);
  const perCountry = new Array<number>(countryCount).fill(0);
  for (let i = 0; i < size.authorities; i++) {
    const c = r.chance(1 / 3) ? 0 : 1 + countrySampler.draw(r);
    perCountry[c] = (perCountry[c] ?? 0) + 1;
  }
  const authorities: number[] = [];
  const topLevelAuthorities: number[] = [];
  const cityPlaces: number[] = [];
  const governed: [number, number][] = [];
  for (let c = 0; c < countryCount; c++) {
    const country = COUNTRIES[c] as (typeof COUNTRIES)[number];
    const levels = authorityLevels(country.lang, c);
    const total = perCountry[c] ?? 0;
    let parents = [countryPlaces[c] as number];
    let made = 0;
    for (const [depth, level] of levels.entries()) {
      const last = depth === levels.length - 1;
      const count = last
        ? total - made
        : Math.min(total - made, Math.max(1, Math.ceil(total * 0.03 * 3 ** depth)));
      const placesOfLevel: number[] = [];
      for (let i = 0; i < count; i++) {
        const base = placeName(r, country.lang);
        const parent = r.pick(parents);
        const parentNode = b.nodes[parent] as PlannedNode;
        const spread = depth === 0 ? 4 : 1;
        const place = b.addNode({
          label: 'Place',
          name: base,
          kind: level.placeKind,
          lang: country.lang,
          country: c,
          props: {
            lat: jitter(r, Number(parentNode.props.lat), spread),
            lon: jitter(r, Number(parentNode.props.lon), spread),
          },
        });
        placesOfLevel.push(place);
        governed.push([place, parent]);
        // One metropolis in ten among French cities: the kind the atlas lists apart.
        const metropolis = c === 0 && last && r.chance(0.1);
        const authority = b.addNode({
          label: 'Organisation',
          name: metropolis ? `${base} Métropole` : level.name(base),
          nameEn: metropolis ? `${base} Metropolis` : level.nameEn(base),
          aliases: [base],
          kind: metropolis ? 'metropolis' : level.kind,
          lang: country.lang,
          country: c,
          props: {},
          idBase: `${slug(level.kind)}-${base}`,
        });
        authorities.push(authority);
        if (depth === 0) topLevelAuthorities.push(authority);
        governed.push([authority, place]);
        if (last) cityPlaces.push(place);
      }
      made += count;
      if (placesOfLevel.length > 0) parents = placesOfLevel;
    }
  }
  if (cityPlaces.length === 0) cityPlaces.push(...countryPlaces);

  // The other organisations, each in a city.
  const otherKinds = [
    ['cluster', 0.15],
    ['company', 0.45],
    ['university', 0.2],
    ['research-institute', 0.15],
    ['agency', 0.05],
  ] as const;
  const clusters: number[] = [];
  const agencies: number[] = [];
  const located: [number, number][] = [];
  for (let i = 0; i < size.otherOrganisations; i++) {
    const roll = r.next();
    let acc = 0;
    const kind =
      otherKinds.find(([, share]) => {
        acc += share;
        return roll < acc;
      })?.[0] ?? 'company';
    const city = r.pick(cityPlaces);
    const cityNode = b.nodes[city] as PlannedNode;
    const base = cityNode.name;
    const fr = cityNode.lang === 'fr';
    const names: Record<typeof kind, [string, string]> = {
      cluster: [`Pôle ${placeName(r, cityNode.lang)} ${base}`, `${base} Innovation Cluster`],
      company: [companyName(r, cityNode.lang, placeName(r, cityNode.lang)), ''],
      university: [`Université de ${base}`, `University of ${base}`],
      'research-institute': [`Institut de recherche de ${base}`, `${base} Research Institute`],
      agency: [`Agence de développement de ${base}`, `${base} Development Agency`],
    };
    const [name, nameEn] = names[kind];
    const node = b.addNode({
      label: 'Organisation',
      name: fr || !nameEn ? name : nameEn,
      ...(nameEn && fr ? { nameEn } : {}),
      kind,
      lang: cityNode.lang,
      country: cityNode.country,
      props:
        kind === 'company' || kind === 'cluster' ? { founded: randomDate(r, 1960, 2024).slice(0, 4) } : {},
    });
    if (kind === 'cluster') clusters.push(node);
    if (kind === 'agency') agencies.push(node);
    located.push([node, city]);
  }
  const organisations = b.nodes.flatMap((node, i) => (node.label === 'Organisation' ? [i] : []));

  const people: number[] = [];
  for (let i = 0; i < size.people; i++) {
    const c = r.chance(0.5) ? 0 : r.int(0, countryCount - 1);
    const lang = (COUNTRIES[c] as (typeof COUNTRIES)[number]).lang;
    people.push(b.addNode({ label: 'Person', name: personName(r, lang), lang, country: c, props: {} }));
  }

  const topics = topicNames(size.topics).map(([name, nameEn]) =>
    b.addNode({ label: 'Topic', name, nameEn, lang: 'fr', country: 0, props: {} }),
  );

  const agreements: number[] = [];
  const agreementKinds = [
    ['memorandum-of-understanding', 'Protocole d’entente', 'Memorandum of understanding'],
    ['twinning', 'Jumelage', 'Twinning'],
    ['cooperation-agreement', 'Accord de coopération', 'Cooperation agreement'],
  ] as const;
  for (let i = 0; i < size.agreements; i++) {
    const [kind, nameFr, nameEn] = r.pick(agreementKinds);
    const roll = r.next();
    const status = roll < 0.7 ? 'signed' : roll < 0.8 ? 'renewed' : roll < 0.9 ? 'ended' : 'announced';
    const date = randomDate(r, 1990, 2026);
    const props: Record<string, string> = { date, status };
    if (status === 'ended')
      props.end = randomDate(r, Number(date.slice(0, 4)) + 1, Math.max(Number(date.slice(0, 4)) + 1, 2026));
    agreements.push(
      b.addNode({
        label: 'Agreement',
        name: `${nameFr} n° ${i + 1}`,
        nameEn: `${nameEn} no. ${i + 1}`,
        kind,
        lang: 'fr',
        country: 0,
        props,
      }),
    );
  }

  const events: number[] = [];
  const eventKinds = [
    ['mission', 'Mission économique', 'Trade mission'],
    ['visit', 'Visite officielle', 'Official visit'],
    ['forum', 'Forum de la coopération', 'Cooperation forum'],
    ['trade-fair', 'Salon international', 'International fair'],
  ] as const;
  for (let i = 0; i < size.events; i++) {
    const [kind, nameFr, nameEn] = r.pick(eventKinds);
    const start = randomDate(r, 2000, 2027);
    const roll = r.next();
    const status =
      start >= '2026-12' ? (roll < 0.9 ? 'planned' : 'cancelled') : roll < 0.95 ? 'held' : 'cancelled';
    const city = b.nodes[r.pick(cityPlaces)] as PlannedNode;
    events.push(
      b.addNode({
        label: 'Event',
        name: `${nameFr} à ${city.name} (${start.slice(0, 4)})`,
        nameEn: `${nameEn} to ${city.name} (${start.slice(0, 4)})`,
        kind,
        lang: city.lang,
        country: city.country,
        props: { start, status },
      }),
    );
  }

  const programmes: number[] = [];
  for (let i = 0; i < size.programmes; i++) {
    const [name, nameEn] = r.pick(topicNames(12));
    programmes.push(
      b.addNode({
        label: 'Programme',
        name: `Programme ${name.toLowerCase()} n° ${i + 1}`,
        nameEn: `${nameEn} programme no. ${i + 1}`,
        lang: 'fr',
        country: 0,
        props: { start: randomDate(r, 2005, 2026).slice(0, 4) },
      }),
    );
  }
  b.sealNodes();

  // Degrees: hubs are the first top-level authorities (a French region, a prefecture, a state…);
  // everyone else draws partners from a Zipf tail that stays well below the hubs.
  const hubs = roundRobinByCountry(topLevelAuthorities, b.nodes).slice(0, size.hubs);
  const hubSet = new Set(hubs);
  const tail = shuffled(
    organisations.filter((i) => !hubSet.has(i)),
    r,
  );
  const tailSampler = new ZipfSampler(tail.length, 1, size.tailOffset);
  const partner = () => tail[tailSampler.draw(r)] as number;
  const any = (list: number[]) => r.pick(list);

  for (const [from, to] of governed) {
    const node = b.nodes[from] as PlannedNode;
    b.addRel(node.label === 'Place' ? 'PART_OF' : 'GOVERNS', from, to);
  }
  for (const [from, to] of located) b.addRel('LOCATED_IN', from, to);
  for (const person of people) b.addRel('HOLDS_ROLE', person, partner());
  for (const [i, agreement] of agreements.entries()) {
    const parties = r.int(2, 4);
    for (let p = 0; p < parties; p++) b.addRel('PARTY_TO', partner(), agreement);
    b.addRel('CONCERNS', agreement, any(topics));
    if (r.chance(0.5)) b.addRel('CONCERNS', agreement, any(topics));
    if (people.length > 0 && r.chance(0.3)) b.addRel('SIGNED', any(people), agreement);
    if (agencies.length > 0 && r.chance(0.1)) b.addRel('FACILITATED', any(agencies), agreement);
    const node = b.nodes[agreement] as PlannedNode;
    if (node.props.status === 'renewed' && i > 0)
      b.addRel('RENEWS', agreement, agreements[r.int(0, i - 1)] as number);
  }
  for (const event of events) {
    b.addRel('ORGANISED', partner(), event);
    b.addRel('HELD_IN', event, any(cityPlaces));
    const participants = r.int(2, 8);
    for (let p = 0; p < participants; p++) {
      b.addRel('PARTICIPATED_IN', people.length > 0 && r.chance(0.3) ? any(people) : partner(), event);
    }
    if (people.length > 0 && r.chance(0.5)) b.addRel('LED', any(people), event);
    const kind = (b.nodes[event] as PlannedNode).kind;
    if (kind === 'visit' || kind === 'mission') {
      const visits = r.int(1, 3);
      for (let v = 0; v < visits; v++) b.addRel('VISITED', event, partner());
    }
    if (r.chance(0.3)) b.addRel('HOSTED', partner(), event);
    b.addRel('CONCERNS', event, any(topics));
  }
  for (const programme of programmes) {
    b.addRel('RUNS', partner(), programme);
    const members = r.int(3, 10);
    for (let m = 0; m < members; m++) b.addRel('PARTICIPATED_IN', partner(), programme);
    b.addRel('SUPPORTS', partner(), programme);
  }
  const clusterMembers = organisations.filter((i) => !clusters.includes(i) && !hubSet.has(i));
  if (clusters.length > 0) {
    for (const org of clusterMembers) {
      const kind = (b.nodes[org] as PlannedNode).kind;
      if (kind === 'company' || kind === 'university' || kind === 'research-institute') {
        b.addRel('MEMBER_OF', org, any(clusters));
      }
    }
  }

  // Hubs: cooperation with many partners and a party to many agreements, up to hubDegree links.
  for (const hub of hubs) {
    let links = 0;
    for (let tries = 0; links < size.hubDegree && tries < size.hubDegree * 4; tries++) {
      const added =
        agreements.length > 0 && r.chance(0.4)
          ? b.addRel('PARTY_TO', hub, any(agreements))
          : b.addRel('COOPERATES_WITH', hub, partner());
      if (added) links++;
    }
  }

  // The rest of the budget: cooperation, clusters and participation along the Zipf tail.
  for (let tries = 0; b.relationshipCount < size.relationships && tries < size.relationships * 4; tries++) {
    const roll = r.next();
    if (roll < 0.6) b.addRel('COOPERATES_WITH', partner(), partner());
    else if (roll < 0.7 && clusters.length > 0) b.addRel('MEMBER_OF', partner(), any(clusters));
    else if (events.length > 0) b.addRel('PARTICIPATED_IN', partner(), any(events));
  }

  return {
    seed,
    nodes: b.nodes,
    sources,
    relFrom: b.relFrom,
    relTo: b.relTo,
    relType: b.relType,
    relSource: b.relSource,
    hubs,
  };
}

/** A French region, a Japanese prefecture, a US state, then the next of each: hubs in every country. */
function roundRobinByCountry(candidates: number[], nodes: PlannedNode[]): number[] {
  const byCountry = new Map<number, number[]>();
  for (const i of candidates) {
    const country = nodes[i]?.country ?? 0;
    byCountry.set(country, [...(byCountry.get(country) ?? []), i]);
  }
  const queues = [...byCountry.values()];
  const order: number[] = [];
  for (let round = 0; order.length < candidates.length; round++) {
    for (const queue of queues) if (queue[round] !== undefined) order.push(queue[round] as number);
  }
  return order;
}

function shuffled<T>(items: T[], random: SeededRandom): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
