// Wire graph ⇄ Cytoscape element definitions. The wire properties ride along untouched in
// `data.props`, so details, export and the URL state read exactly what the API sent.
import type { ElementDefinition } from 'cytoscape';
import type { NeighbourGroup } from '../../../server/contract/api.ts';
import type { JsonValue, WireEdge, WireNode } from '../../../server/contract/graph.ts';
import { type Language, plural, t } from '../i18n/i18n.ts';
import { relationshipName } from '../i18n/vocabulary.ts';
import { dateInferred, drawnStatus, sourceCount } from './evidence-marks.ts';
import { lookOf, primaryLabel } from './palette.ts';

export interface NodeData {
  id: string;
  elementId: string;
  labels: string[];
  label: string;
  kind: string | null;
  name: string;
  display: string;
  shape: string;
  color: string;
  degree: number;
  /** How the status is drawn (see evidence-marks.ts); '' when reported as done or without status. */
  drawnStatus: string;
  sourceCount: number;
  dateInferred: boolean;
  props: Record<string, JsonValue>;
}

export interface GroupData {
  id: string;
  isGroup: true;
  centre: string;
  type: string;
  direction: 'out' | 'in';
  label: string;
  count: number;
  display: string;
  width: number;
}

export interface EdgeData {
  id: string;
  elementId: string;
  source: string;
  target: string;
  type: string;
  display: string;
  weight: number;
  drawnStatus: string;
  sourceCount: number;
  dateInferred: boolean;
  props: Record<string, JsonValue>;
}

export function text(value: JsonValue | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function nodeName(node: Pick<WireNode, 'id' | 'properties'>): string {
  return text(node.properties.name) ?? text(node.properties.title) ?? node.id;
}

/** The canvas label: the name as the sources give it, plus the English name in the English UI. */
export function displayName(props: Record<string, JsonValue>, fallback: string, language: Language): string {
  const name = text(props.name) ?? text(props.title) ?? fallback;
  const nameEn = text(props.nameEn);
  return language === 'en' && nameEn && nameEn !== name ? `${name}\n${nameEn}` : name;
}

export function toNodeElement(node: WireNode, language: Language): ElementDefinition {
  const label = primaryLabel(node.labels);
  const kind = text(node.properties.kind);
  const look = lookOf(label, kind);
  const data: NodeData = {
    id: node.id,
    elementId: node.elementId,
    labels: node.labels,
    label,
    kind,
    name: nodeName(node),
    display: displayName(node.properties, node.id, language),
    shape: look.shape,
    color: look.color,
    degree: 0,
    drawnStatus: drawnStatus(null, node.properties) ?? '',
    sourceCount: sourceCount(null, node.properties),
    dateInferred: dateInferred(node.properties),
    props: node.properties,
  };
  return { group: 'nodes', data: { ...data } };
}

export function edgeWeight(edge: WireEdge): number {
  const count = edge.properties.evidenceCount;
  return typeof count === 'number' ? count : 1;
}

export function edgeDisplay(edge: WireEdge): string {
  const weight = edgeWeight(edge);
  // Partnership edges are many and all of one type: their label is the amount of evidence only.
  if (edge.type === 'PARTNERS_WITH') return weight > 1 ? `×${weight}` : '';
  return relationshipName(edge.type);
}

export function toEdgeElement(edge: WireEdge): ElementDefinition {
  const data: EdgeData = {
    id: edge.id,
    elementId: edge.elementId,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    display: edgeDisplay(edge),
    weight: edgeWeight(edge),
    drawnStatus: drawnStatus(edge.type, edge.properties) ?? '',
    sourceCount: sourceCount(edge.type, edge.properties),
    dateInferred: dateInferred(edge.properties),
    props: edge.properties,
  };
  return { group: 'edges', data: { ...data } };
}

export function fromNodeData(data: NodeData): WireNode {
  return { id: data.id, elementId: data.elementId, labels: data.labels, properties: data.props };
}

export function fromEdgeData(data: EdgeData): WireEdge {
  return {
    id: data.id,
    elementId: data.elementId,
    type: data.type,
    source: data.source,
    target: data.target,
    properties: data.props,
  };
}

export const GROUP_ID_PREFIX = 'group|';

export function groupId(centre: string, group: NeighbourGroup): string {
  return `${GROUP_ID_PREFIX}${centre}|${group.direction}|${group.type}|${group.label}`;
}

export function groupDisplay(group: Pick<NeighbourGroup, 'count' | 'label' | 'type' | 'direction'>): string {
  return t('group.display', {
    labelled: plural(`labels.${group.label}`, group.count),
    type: `${group.direction === 'out' ? '→' : '←'} ${relationshipName(group.type)}`,
  });
}

/** Cytoscape deprecated `width: label`; the pill is sized from its text instead. */
export function groupWidth(display: string): number {
  return Math.round(display.length * 6.2 + 18);
}

export function toGroupElements(centre: string, group: NeighbourGroup): ElementDefinition[] {
  const id = groupId(centre, group);
  const data: GroupData = {
    id,
    isGroup: true,
    centre,
    type: group.type,
    direction: group.direction,
    label: group.label,
    count: group.count,
    display: groupDisplay(group),
    width: groupWidth(groupDisplay(group)),
  };
  const edge = {
    id: `${id}|edge`,
    source: group.direction === 'out' ? centre : id,
    target: group.direction === 'out' ? id : centre,
    isGroupEdge: true,
    display: relationshipName(group.type),
  };
  return [
    { group: 'nodes', data: { ...data }, classes: 'group' },
    { group: 'edges', data: edge, classes: 'group-edge' },
  ];
}
