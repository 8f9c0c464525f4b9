// Settles the actor spans of an article: known actors (from the name matcher) and new ones (from
// the rules) compete for each stretch of text; the longest wins, a known actor over a new one of the
// same length, then the surer rule. New actors named alike become one candidate with one id.

import { slugOf } from '../../seed/model/name-folding.ts';
import { bracketedAcronymAfter } from './actor-rules.ts';
import type { ActorSpan } from './draft-parts.ts';
import { foldName } from './text-fold.ts';

const rank = (a: ActorSpan, b: ActorSpan) =>
  b.end - b.start - (a.end - a.start) ||
  Number(b.known) - Number(a.known) ||
  (b.confidence ?? 1) - (a.confidence ?? 1) ||
  a.start - b.start;

/** Non-overlapping spans in text order; known actors inside a kept span come back marked `nested`. */
export function settleSpans(spans: ActorSpan[]): ActorSpan[] {
  const kept: ActorSpan[] = [];
  const nested: ActorSpan[] = [];
  for (const span of [...spans].sort(rank)) {
    const clash = kept.find((k) => span.start < k.end && span.end > k.start);
    if (!clash) kept.push(span);
    else if (span.known && span.start >= clash.start && span.end <= clash.end)
      nested.push({ ...span, nested: true });
  }
  return [...kept, ...nested].sort((a, b) => a.start - b.start || Number(!!a.nested) - Number(!!b.nested));
}

/**
 * Gives every new actor span its candidate id: one per (label, folded name), an acronym in brackets
 * after a name ("… Conference (KBCC)") joining that name's candidate as an alias. Ids never take an
 * id the graph already has (`takenIds`), so a new actor is never merged into another by accident.
 */
export function assignNewActorIds(
  text: string,
  spans: ActorSpan[],
  takenIds: (id: string) => boolean,
): ActorSpan[] {
  const byName = new Map<string, ActorSpan>();
  const used = new Set<string>();
  const out: ActorSpan[] = [];
  for (const span of spans) {
    if (span.known) {
      out.push(span);
      continue;
    }
    const key = `${span.label}|${foldName(span.name)}`;
    let owner = byName.get(key);
    if (!owner) {
      let id = slugOf(span.name) || 'actor';
      if (span.label === 'Place' && !id.startsWith('place-')) id = `place-${id}`;
      for (let n = 2; takenIds(id) || used.has(id); n++) id = `${slugOf(span.name)}-${n}`;
      used.add(id);
      owner = { ...span, id, aliases: [] };
      byName.set(key, owner);
    }
    const placed = { ...span, id: owner.id, aliases: owner.aliases };
    out.push(placed);
    const acronym = span.label === 'Organisation' ? bracketedAcronymAfter(text, span.end) : undefined;
    if (acronym && !owner.aliases?.includes(acronym.acronym)) {
      owner.aliases?.push(acronym.acronym);
      byName.set(`Organisation|${foldName(acronym.acronym)}`, owner);
    }
  }
  // Acronym spans read before their expansion was seen are re-pointed to the expansion's candidate.
  return out.map((span) => {
    if (span.known || span.rule !== 'acronym') return span;
    const owner = byName.get(`Organisation|${foldName(span.name)}`);
    return owner ? { ...span, id: owner.id } : span;
  });
}
