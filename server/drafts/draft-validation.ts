// A draft checked by the import's own validator (seed/dataset-check.ts): the candidates still in
// play (accepted or pending) and the source become one dataset document, and every error comes back
// on the candidate it concerns (or on the source). The quote of each candidate must be the text at
// its offsets, so a highlighted quote is always the one the import will store.
import { DatasetCheck, visitDocument } from '../../seed/dataset-check.ts';
import type { NodeLabel } from '../../seed/dataset-schema.ts';
import type { Draft, DraftCandidate, DraftIssue } from '../contract/drafts.ts';

/** The dataset document of a draft; `candidates` chooses which candidates it holds. */
export function draftDocument(draft: Draft, candidates: DraftCandidate[]) {
  const { id, title, publisher, published, language, url } = draft.source;
  const source: Record<string, unknown> = { id, title, publisher, published, language, text: draft.text };
  if (url) source.url = url;
  return {
    source,
    nodes: candidates.filter((c) => c.kind === 'node').map((c) => c.record),
    relationships: candidates.filter((c) => c.kind === 'relationship').map((c) => c.record),
  };
}

/** Ids the candidates use, so the caller can ask the graph which exist and with which label. */
export function idsUsed(draft: Draft): string[] {
  const ids = new Set<string>();
  for (const c of draft.candidates) {
    for (const key of ['id', 'from', 'to'] as const) {
      const value = c.record[key];
      if (typeof value === 'string') ids.add(value);
    }
  }
  return [...ids];
}

const inPlay = (c: DraftCandidate) => c.decision !== 'rejected';
/**
 * An actor already in the graph is cited by the links that use it, not re-imported as a record: its
 * record in the draft only names it (a Place's coordinates, for one, are not repeated here).
 */
export const isNewRecord = (c: DraftCandidate) => c.kind === 'relationship' || c.existingId === undefined;

/**
 * Fills `issues` of every candidate and of the source, in place. `existing` holds the ids of the
 * graph among those the draft uses, with their labels.
 */
export function validateDraft(draft: Draft, existing: Map<string, NodeLabel>): Draft {
  for (const c of draft.candidates) c.issues = quoteIssues(draft.text, c);
  draft.source.issues = [];
  const nodeIds = new Set(
    draft.candidates.filter((c) => c.kind === 'node' && inPlay(c)).map((c) => String(c.record.id)),
  );
  const rejected = new Set(
    draft.candidates.filter((c) => c.kind === 'node' && !inPlay(c)).map((c) => String(c.record.id)),
  );
  const checked: DraftCandidate[] = [];
  for (const c of draft.candidates.filter(inPlay)) {
    if (!isNewRecord(c)) {
      if (!existing.has(c.existingId as string)) {
        c.issues.push({
          path: 'id',
          message: `"${c.existingId}" is no longer in the graph: pick another with "same as", or reject`,
        });
      }
      continue;
    }
    if (c.kind === 'relationship') {
      const ends = [c.record.from, c.record.to].map(String);
      const dropped = ends.filter((end) => rejected.has(end) && !nodeIds.has(end) && !existing.has(end));
      if (dropped.length > 0) {
        c.issues.push({
          path: dropped[0] === ends[0] ? 'from' : 'to',
          message: `"${dropped[0]}" is rejected: this link will not be imported unless it is accepted`,
        });
        continue;
      }
    }
    checked.push(c);
  }
  const check = new DatasetCheck();
  visitDocument('draft', draftDocument(draft, checked), check);
  const result = check.finish(existing);
  if (result.ok) return draft;
  const nodes = checked.filter((c) => c.kind === 'node');
  const relationships = checked.filter((c) => c.kind === 'relationship');
  for (const error of result.errors) {
    const owner = ownerOf(error.record, nodes, relationships);
    const issue: DraftIssue = { path: error.field, message: error.message };
    if (owner) owner.issues.push(issue);
    else
      draft.source.issues.push({
        path: error.record === 'source' ? error.field : `${error.record}.${error.field}`,
        message: error.message,
      });
  }
  return draft;
}

/** "nodes[3] (id …)" → the fourth node candidate checked; "relationships[2] (…)" likewise. */
function ownerOf(
  record: string,
  nodes: DraftCandidate[],
  relationships: DraftCandidate[],
): DraftCandidate | undefined {
  const match = /^(nodes|relationships)\[(\d+)\]/.exec(record);
  if (!match) return undefined;
  return (match[1] === 'nodes' ? nodes : relationships)[Number(match[2])];
}

function quoteIssues(text: string, c: DraftCandidate): DraftIssue[] {
  const quote = c.record.quote;
  if (typeof quote !== 'string')
    return [{ path: 'quote', message: 'every record cites a verbatim quote of the article' }];
  if (text.slice(c.quoteStart, c.quoteEnd) !== quote) {
    return [
      { path: 'quote', message: 'the quote is not the text at its offsets: select it again in the article' },
    ];
  }
  return [];
}

/** Where an edited quote is in the text: exactly, else with any run of whitespace for one space. */
export function locateQuote(text: string, quote: string): { start: number; end: number } | undefined {
  const exact = text.indexOf(quote);
  if (exact >= 0) return { start: exact, end: exact + quote.length };
  const words = quote
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0 || words[0] === '') return undefined;
  const match = new RegExp(words.join('\\s+'), 'u').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}
