// Turns an article into a draft: sentences, the language and publication date it suggests, the
// actors it names (known ones matched to their ids, new ones proposed) and the facts each sentence
// states, every record with its verbatim quote, offsets, rule and confidence.
import { detect } from 'tinyld/light';
import type { DraftCandidate, DraftMention } from '../contract/drafts.ts';
import { findNewActors } from './actor-rules.ts';
import { assignNewActorIds, settleSpans } from './actor-spans.ts';
import { type ActorSpan, type ProposedRecord, quoteSpan, type SentenceActors } from './draft-parts.ts';
import { type EventMemory, eventFacts } from './event-rules.ts';
import { agreementFacts, cooperationFacts, membershipFacts, roleFacts } from './fact-rules.ts';
import type { NameMatcher } from './name-matcher.ts';
import { type Sentence, splitSentences } from './sentences.ts';
import { findDates, proposePublished } from './text-dates.ts';

export interface DraftContent {
  sentences: Sentence[];
  mentions: DraftMention[];
  candidates: DraftCandidate[];
  proposed: { language?: string; published?: string };
}

/** A candidate whose record is still to be validated (issues are filled by the validation). */
const candidate = (
  id: string,
  proposed: ProposedRecord,
  extra: Partial<DraftCandidate> = {},
): DraftCandidate => ({
  id,
  kind: proposed.kind,
  record: proposed.record,
  quoteStart: proposed.quoteStart,
  quoteEnd: proposed.quoteEnd,
  rule: proposed.rule,
  confidence: proposed.confidence,
  decision: 'pending',
  issues: [],
  ...extra,
});

export function buildDraftContent(text: string, matcher: NameMatcher): DraftContent {
  const language = detectLanguage(text);
  const sentences = splitSentences(text, language ?? 'fr');
  const dates = findDates(text);
  const spans: ActorSpan[] = matcher.find(text).map((m) => ({
    start: m.start,
    end: m.end,
    id: m.actor.id,
    label: m.actor.label as ActorSpan['label'],
    name: m.actor.name,
    known: true,
  }));
  for (const sentence of sentences)
    spans.push(...findNewActors(text.slice(sentence.start, sentence.end), sentence.start));
  const actors = assignNewActorIds(text, settleSpans(spans), (id) => matcher.hasId(id));

  const candidates: DraftCandidate[] = [];
  const candidateOfActor = new Map<string, DraftCandidate>();
  const mentions: DraftMention[] = [];
  const nextId = () => `c${candidates.length + 1}`;
  const sentenceOf = (at: number) =>
    sentences.find((s) => at >= s.start && at < s.end) ?? { start: at, end: at };
  for (const actor of actors) {
    if (actor.nested) continue;
    let owner = candidateOfActor.get(actor.id);
    if (!owner) {
      const quote = quoteSpan(text, sentenceOf(actor.start), actor.start, actor.end);
      const record: Record<string, unknown> = { id: actor.id, label: actor.label, name: actor.name };
      if (!actor.known && actor.kind) record.kind = actor.kind;
      if (!actor.known && actor.aliases && actor.aliases.length > 0) record.aliases = actor.aliases;
      const proposed = {
        kind: 'node' as const,
        record,
        quoteStart: quote.start,
        quoteEnd: quote.end,
        rule: actor.known ? 'known-name' : (actor.rule ?? 'new-actor'),
        confidence: actor.known ? 0.9 : (actor.confidence ?? 0.5),
      };
      owner = candidate(
        nextId(),
        proposed,
        actor.known ? { existingId: actor.id, decision: 'accepted' } : {},
      );
      candidates.push(owner);
      candidateOfActor.set(actor.id, owner);
    }
    mentions.push({
      start: actor.start,
      end: actor.end,
      text: text.slice(actor.start, actor.end),
      candidateId: owner.id,
    });
  }

  const memory: EventMemory = { lastOfKind: new Map() };
  const seenRecords = new Set<string>();
  for (const sentence of sentences) {
    const line: SentenceActors = {
      sentence,
      text: text.slice(sentence.start, sentence.end),
      actors: actors.filter((a) => a.start >= sentence.start && a.end <= sentence.end),
    };
    const facts = [
      ...agreementFacts(text, line, dates),
      ...eventFacts(text, line, dates, memory),
      ...roleFacts(text, line),
      ...membershipFacts(text, line),
      ...cooperationFacts(text, line),
    ];
    for (const fact of facts) {
      const key = recordKey(fact.record);
      if (seenRecords.has(key)) continue;
      seenRecords.add(key);
      candidates.push(candidate(nextId(), fact));
    }
  }
  for (const c of candidates) c.record.quote = text.slice(c.quoteStart, c.quoteEnd);
  return { sentences, mentions, candidates, proposed: { language, published: proposePublished(text) } };
}

/** One candidate per node id and per relationship identity (from, type, to). */
function recordKey(record: Record<string, unknown>): string {
  return 'type' in record ? `${record.from}|${record.type}|${record.to}` : `node|${record.id}`;
}

function detectLanguage(text: string): string | undefined {
  const found = detect(text.slice(0, 5_000));
  return /^[a-z]{2}$/.test(found) ? found : undefined;
}
