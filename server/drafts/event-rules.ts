// Candidate events from one sentence each: delegations, missions, visits, forums and fairs, with
// who leads them ("menée par"), their dates ("du 12 au 19 avril 2025"), the places and bodies they
// visit and where they are held. A later sentence about "la délégation" adds to the same event.
import { slugOf } from '../../seed/model/name-folding.ts';
import { type ActorSpan, type ProposedRecord, quoteSpan, type SentenceActors } from './draft-parts.ts';
import { actStatusOf, eventStatusOf } from './status-reading.ts';
import type { TextDate } from './text-dates.ts';

const EVENT_RE =
  /(?<!\p{L})(délégations?|missions?(?: économiques?| commerciales?| officielles?| d[’']affaires)?|visites? officielles?|voyages? d[’']études|déplacements?|delegations?|trade missions?|missions?|forums?|salons?|séminaires?|colloques?|symposiums?|conférences?|expositions?|foires?|rencontres?|sommets?|summits?|conferences?|fairs?|seminars?|visites?|visits?)(?!\p{L})/iu;
const KINDS: [RegExp, string, 'visit' | 'venue'][] = [
  [/d[ée]l[ée]gation|mission|voyage|déplacement/i, 'mission', 'visit'],
  [/visit/i, 'delegation-visit', 'visit'],
  [/forum|sommet|summit|rencontre/i, 'forum', 'venue'],
  [/salon|foire|fair|exposition/i, 'exhibition', 'venue'],
  [/séminaire|seminar|colloque|symposium|conf[ée]rence/i, 'symposium', 'venue'],
];
const LED_RE =
  /(?<!\p{L})(men[ée]e?s? par|conduite?s? par|dirig[ée]e?s? par|emmen[ée]e?s? par|présid[ée]e?s? par|sous la conduite d[eu’']|à la tête de laquelle|led by|headed by)(?!\p{L})/iu;
const VISIT_VERB_RE =
  /(?<!\p{L})(a visité|ont visité|visitera|visiteront|s[’']est rendue? (?:à|au|en)|se sont rendus? (?:à|au|en)|se rendra (?:à|au|en)|se rendront (?:à|au|en)|visited|will visit|travel(?:led|s)? to)(?!\p{L})/iu;
const SAME_EVENT_RE = /(?<!\p{L})(?:la|cette|cet|ce|the|this|les|ces)\s+$/iu;

export interface EventMemory {
  /** The last event proposed of each kind, so "la délégation" in a later sentence is that event. */
  lastOfKind: Map<string, string>;
}

export function eventFacts(
  text: string,
  line: SentenceActors,
  dates: TextDate[],
  memory: EventMemory,
): ProposedRecord[] {
  const { sentence, actors } = line;
  const keyword = EVENT_RE.exec(line.text);
  const visitVerb = VISIT_VERB_RE.exec(line.text);
  if (!keyword && !visitVerb) return [];
  const word = keyword?.[1] ?? 'visite';
  const [, kind, role] = KINDS.find(([re]) => re.test(word)) ?? [/./, 'delegation-visit', 'visit' as const];
  const at = sentence.start + (keyword?.index ?? visitVerb?.index ?? 0);
  const top = actors.filter((a) => !a.nested);
  const places = top.filter((a) => a.label === 'Place' && a.start > at);
  const orgs = top.filter((a) => a.label === 'Organisation');
  const led = LED_RE.exec(line.text);
  const leaders = led ? leadersAfter(top, sentence.start + led.index + led[0].length, line) : [];
  const visitor =
    !led && visitVerb ? [...top].reverse().find((a) => a.end <= sentence.start + visitVerb.index) : undefined;
  const range =
    dates.find((d) => d.start >= sentence.start && d.end <= sentence.end && d.endIso) ??
    dates.find((d) => d.start >= sentence.start && d.end <= sentence.end);
  const status = eventStatusOf(line.text);
  const quote = quoteSpan(
    text,
    sentence,
    at,
    Math.max(at + word.length, ...[...leaders, ...places].map((a) => a.end)),
  );
  const before = text.slice(Math.max(sentence.start, at - 12), at);
  const earlier = memory.lastOfKind.get(kind);
  const records: ProposedRecord[] = [];
  let eventId = earlier && SAME_EVENT_RE.test(before) ? earlier : undefined;
  if (!eventId) {
    if (leaders.length === 0 && places.length === 0 && !visitor && orgs.length === 0) return [];
    const host = orgs[0] ?? leaders[0] ?? visitor;
    const where = places[0] ?? orgs.find((o) => o !== host && o.start > at);
    const name = [capitalise(word), host?.name, where ? `– ${where.name}` : undefined]
      .filter(Boolean)
      .join(' ');
    eventId = slugOf(
      ['event', kind, host?.name, where?.name, range?.iso.slice(0, 4)].filter(Boolean).join(' '),
    );
    const props: Record<string, unknown> = { status };
    if (range?.endIso) Object.assign(props, { start: range.iso, end: range.endIso });
    else if (range) props.date = range.iso;
    records.push({
      kind: 'node',
      record: { id: eventId, label: 'Event', name, kind, props },
      quoteStart: quote.start,
      quoteEnd: quote.end,
      rule: keyword ? 'event-keyword' : 'visit-verb',
      confidence: 0.6,
    });
    memory.lastOfKind.set(kind, eventId);
    for (const org of orgs.filter((o) => o.start < at + 60 && !leaders.includes(o) && o !== where)) {
      records.push(rel('PARTICIPATED_IN', org.id, eventId, quote, 'event-participant', 0.45, status));
    }
  }
  for (const leader of leaders)
    records.push(rel('LED', leader.id, eventId, quote, 'event-led-by', 0.75, status));
  if (visitor) records.push(rel('PARTICIPATED_IN', visitor.id, eventId, quote, 'visit-verb', 0.55, status));
  for (const place of places) {
    if (role === 'visit') records.push(rel('VISITED', eventId, place.id, quote, 'event-place', 0.55, status));
    else
      records.push({
        ...rel('HELD_IN', eventId, place.id, quote, 'event-place', 0.55, status),
        record: { type: 'HELD_IN', from: eventId, to: place.id },
      });
  }
  return records;
}

/** The actors named right after "menée par": the first, and those joined to it by "et", commas or "and". */
function leadersAfter(actors: ActorSpan[], from: number, line: SentenceActors): ActorSpan[] {
  const after = actors.filter((a) => a.start >= from && (a.label === 'Person' || a.label === 'Organisation'));
  const leaders: ActorSpan[] = [];
  let cursor = from;
  for (const actor of after) {
    const gap = line.text.slice(cursor - line.sentence.start, actor.start - line.sentence.start);
    if (
      leaders.length > 0 &&
      !/^(?:[\s,]*(?:et|and|ainsi que)?\s*(?:l[ea]s? |l[’']|du |de la |des )?|\s*,\s*[^,]{0,60},\s*(?:et|and)?\s*)$/iu.test(
        gap,
      )
    )
      break;
    if (leaders.length === 0 && gap.length > 40) break;
    leaders.push(actor);
    cursor = actor.end;
  }
  return leaders;
}

function rel(
  type: string,
  from: string,
  to: string,
  quote: { start: number; end: number },
  rule: string,
  confidence: number,
  status: ReturnType<typeof eventStatusOf>,
): ProposedRecord {
  return {
    kind: 'relationship',
    record: { type, from, to, props: { status: actStatusOf(status) } },
    quoteStart: quote.start,
    quoteEnd: quote.end,
    rule,
    confidence,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
