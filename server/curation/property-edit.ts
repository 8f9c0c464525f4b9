// The rules of an edit to a fact's properties, kept apart from the database so they can be tested
// alone. What may be edited: the domain's scalar properties, never the id, the citations, what is
// computed at import (spans, counts, status history, derived values) or what links records to
// reference sources. The values are checked by the import format's own schemas (seed/dataset-schema.ts):
// the edited element is rebuilt as a record and parsed, so statuses, dates, coordinates and kinds
// follow exactly the rules an import follows.
import {
  type NodeLabel,
  nodeRecordSchema,
  type RelationshipType,
  relationshipRecordSchema,
} from '../../seed/dataset-schema.ts';
import { lockedBecause } from '../../seed/model/locked-keys.ts';
import { spanOf } from '../../seed/model/time-span.ts';

export type ElementKind = 'node' | 'relationship';
export type EditValue = string | number | boolean | null;

export interface EditTarget {
  kind: ElementKind;
  /** The node's label or the relationship's type. */
  label: string;
  /** Its stored properties, as JSON values. */
  properties: Record<string, unknown>;
}

export interface EditIssue {
  field: string;
  message: string;
}

/** Keys the import format names itself, which an element may be given even when it has none yet. */
const FORMAT_KEYS = [
  'name',
  'nameEn',
  'kind',
  'status',
  'note',
  'date',
  'start',
  'end',
  'since',
  'until',
  'startLatest',
  'dateInferred',
  'startInferred',
  'endInferred',
  'sinceInferred',
  'untilInferred',
  'lat',
  'lon',
  'role',
  'title',
];

/** The keys an element's edit may name: its own editable keys and the format's. */
export function editableKeys(target: EditTarget): string[] {
  const own = Object.keys(target.properties).filter((key) => lockedBecause(key) === undefined);
  const named = FORMAT_KEYS.filter(
    (key) => target.kind === 'node' || !['name', 'nameEn', 'kind'].includes(key),
  );
  return [...new Set([...own, ...named])].sort();
}

// Stand-ins for the parts of a record an edit never touches, so the record schema checks only
// what the edit can change.
const PLACEHOLDER_ID = 'edited-element';
const PLACEHOLDER_QUOTE = 'the quote is not part of the edit';

/**
 * Checks an edit against the element; returns the issues, or none. `status` is kept in the record
 * even when not edited, so removing a status that Events, Agreements and acts must have is refused.
 */
export function checkEdit(target: EditTarget, changes: Record<string, EditValue>): EditIssue[] {
  const issues: EditIssue[] = [];
  const allowed = new Set(editableKeys(target));
  for (const key of Object.keys(changes)) {
    const locked = lockedBecause(key);
    if (locked) issues.push({ field: `properties.${key}`, message: `"${key}" cannot be edited: ${locked}` });
    else if (!allowed.has(key))
      issues.push({
        field: `properties.${key}`,
        message: `unknown property "${key}" for this ${target.label}; editable: ${[...allowed].join(', ')}`,
      });
  }
  if (issues.length > 0) return issues;
  const after = { ...target.properties, ...changes };
  const edited = Object.keys(changes);
  const props: Record<string, unknown> = {};
  for (const key of new Set([...edited, 'status'])) {
    if (target.kind === 'node' && ['name', 'nameEn', 'kind'].includes(key)) continue;
    if (after[key] !== null && after[key] !== undefined) props[key] = after[key];
  }
  const parsed =
    target.kind === 'node'
      ? nodeRecordSchema.safeParse({
          id: PLACEHOLDER_ID,
          label: target.label,
          name: after.name,
          ...(edited.includes('nameEn') && after.nameEn !== null ? { nameEn: after.nameEn } : {}),
          ...(edited.includes('kind') && after.kind !== null ? { kind: after.kind } : {}),
          props,
          quote: PLACEHOLDER_QUOTE,
        })
      : relationshipRecordSchema.safeParse({
          type: target.label,
          from: PLACEHOLDER_ID,
          to: PLACEHOLDER_ID,
          props,
          quote: PLACEHOLDER_QUOTE,
        });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      const key = path[0] === 'props' ? path[1] : path[0];
      issues.push({ field: `properties.${key ?? '(record)'}`, message: issue.message });
    }
  }
  if (target.label === 'Place') {
    for (const key of ['lat', 'lon'])
      if (changes[key] === null)
        issues.push({ field: `properties.${key}`, message: 'a Place keeps its coordinates' });
  }
  return issues;
}

/**
 * What to store for an accepted edit: the changed keys (null removes one) and the span the element
 * covers recomputed from its dates and status, as the import stores it.
 */
export function storedEdit(
  target: EditTarget,
  changes: Record<string, EditValue>,
): Record<string, EditValue> {
  const after = { ...target.properties, ...changes };
  const kind =
    target.kind === 'node'
      ? { label: target.label as NodeLabel }
      : { type: target.label as RelationshipType };
  const span = spanOf(kind, after);
  return { ...changes, spanStart: span?.start ?? null, spanEnd: span?.end ?? null };
}

/** Each edited key with its value before and after (null for absent); unchanged keys are left out. */
export function changedKeys(
  target: EditTarget,
  changes: Record<string, EditValue>,
): { key: string; before: unknown; after: EditValue }[] {
  return Object.entries(changes)
    .map(([key, after]) => ({ key, before: target.properties[key] ?? null, after }))
    .filter((change) => change.before !== change.after);
}
