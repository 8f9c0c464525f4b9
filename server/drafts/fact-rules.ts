// Candidate facts from one sentence each: agreements with their parties, date and status; roles
// ("X, président de Y"); memberships ("membre de", "adhérent du"); reported cooperation.
import { slugOf } from '../../seed/model/name-folding.ts';
import { ROLE_TITLE_RE } from './actor-rules.ts';
import { type ActorSpan, type ProposedRecord, quoteSpan, type SentenceActors } from './draft-parts.ts';
import { actStatusOf, agreementStatusOf } from './status-reading.ts';
import type { TextDate } from './text-dates.ts';

const AGREEMENT_RE =
  /(?<!\p{L})(protocoles? d[’']entente|protocoles? d[’']accord|accords?-cadres?|accords? de (?:coopération|partenariat|jumelage|collaboration)|accords?|conventions? (?:de (?:coopération|partenariat)|cadre)|conventions?|m[ée]morandum d[’']entente|memorand(?:um|a) of understanding|MoU|MOU|jumelages?|charte d[’']amitié|lettres? d[’']intention|pactes? d[’']amitié|(?:cooperation |partnership |twinning |sister[- ]city )?agreements?|twinning)(?!\p{L})/iu;
const AGREEMENT_KINDS: [RegExp, string][] = [
  [/protocole d[’']entente|m[ée]morandum|mou/i, 'mou'],
  [/jumelage|twinning|sister/i, 'twinning'],
  [/partenariat|partnership/i, 'partnership-agreement'],
  [/lettre d[’']intention/i, 'letter-of-intent'],
  [/convention/i, 'convention'],
  [/./, 'cooperation-agreement'],
];
const COOPERATION_RE =
  /(?<!\p{L})(en partenariat avec|en collaboration avec|en coopération avec|coopèrent|coopère avec|collaborent|collabore avec|travaillent ensemble|travaille avec|in partnership with|in cooperation with|cooperates? with|collaborates? with|work together|partnered with)(?!\p{L})/iu;
const MEMBER_RE =
  /(?<!\p{L})(membres? (?:fondateurs? |actifs? |associés? |académiques? )?(?:de la|de l[’']|du|des|de|d[’'])|adhérente?s? (?:de la|de l[’']|du|des|de|à|au)|(?:a|ont) adhéré (?:à|au)|a rejoint|ont rejoint|members? of|joined)(?!\p{L})/iu;

const organisations = (actors: ActorSpan[]) => actors.filter((a) => a.label === 'Organisation' && !a.nested);
const firstDate = (dates: TextDate[], from: number, to: number) =>
  dates.find((d) => d.start >= from && d.end <= to);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function relationship(
  type: string,
  from: string,
  to: string,
  quote: { start: number; end: number },
  rule: string,
  confidence: number,
  props?: Record<string, unknown>,
): ProposedRecord {
  return {
    kind: 'relationship',
    record: { type, from, to, ...(props && Object.keys(props).length > 0 ? { props } : {}) },
    quoteStart: quote.start,
    quoteEnd: quote.end,
    rule,
    confidence,
  };
}

/** An agreement named in the sentence, its parties (the organisations of the sentence) and signatories. */
export function agreementFacts(
  text: string,
  { sentence, text: line, actors }: SentenceActors,
  dates: TextDate[],
): ProposedRecord[] {
  const match = AGREEMENT_RE.exec(line);
  if (!match) return [];
  // "en partenariat avec" tells of cooperation, not of an agreement.
  if (
    /partenariat/i.test(match[1] as string) &&
    COOPERATION_RE.test(line) &&
    !/accord|convention|protocole/i.test(line)
  )
    return [];
  const parties = organisations(actors);
  if (parties.length === 0) return [];
  const at = sentence.start + match.index;
  const quote = quoteSpan(
    text,
    sentence,
    Math.min(at, parties[0]?.start ?? at),
    Math.max(at + match[0].length, ...parties.map((p) => p.end)),
  );
  const status = agreementStatusOf(line) ?? 'announced';
  const date = firstDate(dates, sentence.start, sentence.end);
  const kind = AGREEMENT_KINDS.find(([re]) => re.test(match[1] as string))?.[1] ?? 'cooperation-agreement';
  const names = parties.map((p) => p.name);
  const year = date?.iso.slice(0, 4);
  const id = [kind, ...parties.slice(0, 3).map((p) => slugOf(p.name).split('-').slice(0, 3).join('-')), year]
    .filter(Boolean)
    .join('-');
  const props: Record<string, unknown> = { status };
  if (date) props.date = date.iso;
  const agreement: ProposedRecord = {
    kind: 'node',
    record: {
      id: slugOf(id),
      label: 'Agreement',
      name: `${capitalise(match[1] as string)} ${names.join(' – ')}`,
      kind,
      props,
    },
    quoteStart: quote.start,
    quoteEnd: quote.end,
    rule: 'agreement-keyword',
    confidence: parties.length >= 2 ? 0.75 : 0.5,
  };
  const act = { status: actStatusOf(status) };
  const records = [agreement];
  for (const party of parties) {
    records.push(
      relationship(
        'PARTY_TO',
        party.id,
        String(agreement.record.id),
        quote,
        'agreement-party',
        parties.length >= 2 ? 0.7 : 0.5,
        act,
      ),
    );
  }
  if (status !== 'announced') {
    for (const person of actors.filter((a) => a.label === 'Person' && !a.nested)) {
      records.push(
        relationship(
          'SIGNED',
          person.id,
          String(agreement.record.id),
          quote,
          'agreement-signatory',
          0.4,
          act,
        ),
      );
    }
  }
  return records;
}

/** "X, président de Y" and "le président de Y, X": a person's role in an organisation. */
export function roleFacts(text: string, { sentence, text: line, actors }: SentenceActors): ProposedRecord[] {
  const records: ProposedRecord[] = [];
  const people = actors.filter((a) => a.label === 'Person');
  for (const person of people) {
    const after = line.slice(person.end - sentence.start, person.end - sentence.start + 120);
    const before = line.slice(
      Math.max(0, person.start - sentence.start - 120),
      person.start - sentence.start,
    );
    const titleAfter = /^\s*,\s*(?:l[ea] |the )?/u.exec(after) ? ROLE_TITLE_RE.exec(after) : null;
    const clause = before.split(/[.;]/).pop() ?? '';
    const titleBefore = ROLE_TITLE_RE.exec(clause);
    let org: ActorSpan | undefined;
    let titleStart = -1;
    if (titleAfter && titleAfter.index < 6) {
      titleStart = person.end + titleAfter.index;
      org = organisations(actors).find((a) => a.start > titleStart && a.start - titleStart < 60);
    } else if (titleBefore && person.rule !== 'person-title') {
      const offset = person.start - clause.length;
      titleStart = offset + titleBefore.index;
      org = organisations(actors).find((a) => a.start > titleStart && a.end <= person.start);
    } else if (person.rule === 'person-title') {
      // "le vice-gouverneur de Kumamoto": the organisation is named inside the title.
      titleStart = person.start;
      org = actors.find(
        (a) => a.nested && a.label === 'Organisation' && a.start >= person.start && a.end <= person.end,
      );
    }
    if (!org || titleStart < 0) continue;
    const title = text.slice(titleStart, Math.max(org.end, titleStart)).replace(/^[\s,]+/, '');
    const from = Math.min(person.start, titleStart);
    const quote = quoteSpan(text, sentence, from, Math.max(person.end, org.end));
    records.push(relationship('HOLDS_ROLE', person.id, org.id, quote, 'role-apposition', 0.7, { title }));
  }
  return records;
}

/** "X est membre de Y", "X, adhérent du Y": the actor before the words, the organisation after. */
export function membershipFacts(
  text: string,
  { sentence, text: line, actors }: SentenceActors,
): ProposedRecord[] {
  const match = MEMBER_RE.exec(line);
  if (!match) return [];
  const at = sentence.start + match.index;
  const member = [...actors]
    .reverse()
    .find((a) => !a.nested && a.end <= at && (a.label === 'Organisation' || a.label === 'Person'));
  const body = organisations(actors).find((a) => a.start >= at + match[0].length - 4);
  if (!member || !body || member.id === body.id) return [];
  const quote = quoteSpan(text, sentence, member.start, body.end);
  return [relationship('MEMBER_OF', member.id, body.id, quote, 'membership-words', 0.65)];
}

/** "X travaille en partenariat avec Y": reported cooperation between two organisations. */
export function cooperationFacts(
  text: string,
  { sentence, text: line, actors }: SentenceActors,
): ProposedRecord[] {
  const match = COOPERATION_RE.exec(line);
  if (!match) return [];
  const at = sentence.start + match.index;
  const orgs = organisations(actors);
  const before = orgs.filter((a) => a.end <= at);
  const after = orgs.filter((a) => a.start >= at);
  const pairs: [ActorSpan, ActorSpan][] = [];
  const first = before[before.length - 1];
  if (first && after.length > 0) for (const other of after) pairs.push([first, other]);
  else if (!first && before.length === 0 && after.length >= 2)
    pairs.push([after[0] as ActorSpan, after[1] as ActorSpan]);
  else if (before.length >= 2) pairs.push([before[0] as ActorSpan, before[1] as ActorSpan]);
  return pairs
    .filter(([a, b]) => a.id !== b.id)
    .map(([a, b]) =>
      relationship(
        'COOPERATES_WITH',
        a.id,
        b.id,
        quoteSpan(text, sentence, Math.min(a.start, at), Math.max(b.end, at)),
        'cooperation-words',
        0.55,
      ),
    );
}
