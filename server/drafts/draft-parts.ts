// What the drafting rules produce before it becomes the wire draft: spans of the text that stand for
// an actor (known or new), and proposed records with the clause they come from.
import type { NodeLabel } from '../../seed/dataset-schema.ts';
import type { Sentence } from './sentences.ts';

/** An actor named in one sentence: one already in the graph, or a new one the rules propose. */
export interface ActorSpan {
  start: number;
  end: number;
  /** The candidate key: the graph id of a known actor, or the proposed id of a new one. */
  id: string;
  label: NodeLabel;
  name: string;
  known: boolean;
  /** For new actors: the rule that found the span, its confidence, and what else it says. */
  rule?: string;
  confidence?: number;
  kind?: string;
  aliases?: string[];
  /** Inside a longer actor's span ("Kumamoto" in "le vice-gouverneur de Kumamoto"): not highlighted, used by roles. */
  nested?: boolean;
}

export interface ProposedRecord {
  kind: 'node' | 'relationship';
  record: Record<string, unknown>;
  quoteStart: number;
  quoteEnd: number;
  rule: string;
  confidence: number;
}

/** One sentence with the actors in it, in text order. */
export interface SentenceActors {
  sentence: Sentence;
  text: string;
  actors: ActorSpan[];
}

const QUOTE_MAX = 300;

/**
 * The quote for a fact found at [from, to) of a sentence: the sentence when it is short enough,
 * else the clause around the span, cut at punctuation, at most about 300 characters.
 */
export function quoteSpan(
  text: string,
  sentence: Sentence,
  from: number,
  to: number,
): { start: number; end: number } {
  if (sentence.end - sentence.start <= QUOTE_MAX) return sentence;
  let start = Math.max(sentence.start, Math.min(from, to - QUOTE_MAX));
  let end = Math.min(sentence.end, Math.max(to, start + QUOTE_MAX));
  if (end - start > QUOTE_MAX) end = start + QUOTE_MAX;
  // Widen to word boundaries so a quote does not start or end in the middle of a word.
  while (start > sentence.start && /\S/.test(text[start - 1] as string)) start--;
  while (end < sentence.end && /\S/.test(text[end] as string) && end - start < QUOTE_MAX + 20) end++;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}
