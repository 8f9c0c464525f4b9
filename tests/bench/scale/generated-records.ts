// Import-format records for a planned graph, each with the sentence it quotes. The sentence is also
// written to the source's text, so every quote is a verbatim excerpt of its source, as the format asks.
import type { NodeRecord, RelationshipRecord } from '../../../seed/dataset-schema.ts';
import { COUNTRIES } from './generated-names.ts';
import {
  type GraphPlan,
  PLANNED_TYPES,
  type PlannedNode,
  type PlannedType,
  randomDate,
} from './graph-plan.ts';
import type { SeededRandom } from './seeded-random.ts';

type Lang = 'fr' | 'en';

const KIND_WORDS: Record<string, [string, string]> = {
  region: ['une région', 'a region'],
  departement: ['un département', 'a département'],
  city: ['une ville', 'a city'],
  metropolis: ['une métropole', 'a metropolis'],
  prefecture: ['une préfecture', 'a prefecture'],
  'us-state': ['un État fédéré', 'a state'],
  state: ['un État fédéré', 'a state'],
  country: ['un pays', 'a country'],
  cluster: ['un pôle de compétitivité', 'a business cluster'],
  company: ['une entreprise', 'a company'],
  university: ['une université', 'a university'],
  'research-institute': ['un institut de recherche', 'a research institute'],
  agency: ['une agence de développement', 'a development agency'],
};

const ROLES: readonly [string, string][] = [
  ['présidente', 'president'],
  ['directeur des relations internationales', 'head of international relations'],
  ['chargée de mission', 'project officer'],
  ['vice-président', 'vice-president'],
];

const nameIn = (node: PlannedNode, lang: Lang) => (lang === 'en' ? (node.nameEn ?? node.name) : node.name);
const countryOf = (node: PlannedNode, lang: Lang) => {
  const country = COUNTRIES[node.country] ?? COUNTRIES[0];
  return lang === 'en' ? country?.nameEn : country?.name;
};
const kindWord = (node: PlannedNode, lang: Lang) =>
  (KIND_WORDS[node.kind ?? ''] ?? ['un acteur', 'an actor'])[lang === 'en' ? 1 : 0];

/** A quote is at most 320 characters: long names are cut at a word, as an excerpt would be. */
function fit(sentence: string): string {
  if (sentence.length <= 300) return sentence;
  return `${sentence.slice(0, 296).replace(/\s+\S*$/, '')} […]`;
}

function nodeSentence(node: PlannedNode, lang: Lang): string {
  const name = nameIn(node, lang);
  const en = lang === 'en';
  switch (node.label) {
    case 'Place':
      return en
        ? `${name} is ${kindWord(node, lang)}${node.kind === 'country' ? '' : ` in ${countryOf(node, lang)}`}.`
        : `${name} est ${kindWord(node, lang)}${node.kind === 'country' ? '' : ` de ce pays : ${countryOf(node, lang)}`}.`;
    case 'Organisation':
      return en
        ? `${name} is ${kindWord(node, lang)} based in ${countryOf(node, lang)}.`
        : `${name} est ${kindWord(node, lang)} (${countryOf(node, lang)}).`;
    case 'Person':
      return en ? `${name} took part in the exchanges.` : `${name} a pris part aux échanges.`;
    case 'Topic':
      return en
        ? `The cooperation covers ${name.toLowerCase()}.`
        : `La coopération porte sur ce thème : ${name}.`;
    case 'Agreement':
      return en
        ? `The ${name} is dated ${node.props.date} (status: ${node.props.status}).`
        : `Le ${name} est daté de ${node.props.date} (statut : ${node.props.status}).`;
    case 'Event':
      return en
        ? `${name}, starting ${node.props.start} (${node.props.status}).`
        : `${name}, à partir du ${node.props.start} (${node.props.status}).`;
    case 'Programme':
      return en
        ? `The ${name} started in ${node.props.start}.`
        : `Le ${name} a commencé en ${node.props.start}.`;
  }
}

export function nodeRecord(node: PlannedNode, lang: Lang): { record: NodeRecord; quote: string } {
  const quote = fit(nodeSentence(node, lang));
  // Built field by field so the JSON keys come in the curated documents' order, quote last.
  const record = { id: node.id, label: node.label, name: node.name } as NodeRecord;
  if (node.nameEn !== undefined && node.nameEn !== node.name) record.nameEn = node.nameEn;
  if (node.aliases && node.aliases.length > 0) record.aliases = node.aliases;
  if (node.kind !== undefined) record.kind = node.kind;
  if (Object.keys(node.props).length > 0) record.props = { ...node.props };
  record.quote = quote;
  return { record, quote };
}

/** The act statuses of a relationship follow what the source says of the event or agreement. */
function actStatus(target: PlannedNode): 'planned' | 'done' | 'cancelled' {
  const status = target.props.status;
  if (status === 'planned' || status === 'announced') return 'planned';
  if (status === 'cancelled') return 'cancelled';
  return 'done';
}

function relationshipDetails(
  type: PlannedType,
  a: PlannedNode,
  b: PlannedNode,
  lang: Lang,
  random: SeededRandom,
  topicIds: readonly string[],
): { props?: Record<string, string | string[]>; sentence: string } {
  const [x, y] = [nameIn(a, lang), nameIn(b, lang)];
  const en = lang === 'en';
  switch (type) {
    case 'PART_OF':
      return { sentence: en ? `${x} lies in ${y}.` : `${x} se trouve dans le territoire de ${y}.` };
    case 'GOVERNS':
      return { sentence: en ? `${x} governs ${y}.` : `${x} administre le territoire de ${y}.` };
    case 'LOCATED_IN':
      return { sentence: en ? `${x} is located in ${y}.` : `${x} est implanté à ${y}.` };
    case 'HOLDS_ROLE': {
      const [roleFr, roleEn] = random.pick(ROLES);
      const since = randomDate(random, 2005, 2026);
      return {
        props: { role: en ? roleEn : roleFr, since },
        sentence: en ? `${x}, ${roleEn} of ${y} since ${since}.` : `${x}, ${roleFr} de ${y} depuis ${since}.`,
      };
    }
    case 'PARTY_TO':
      return {
        props: { status: actStatus(b) },
        sentence: en ? `${x} is a party to the ${y}.` : `${x} est partie au ${y}.`,
      };
    case 'CONCERNS':
      return { sentence: en ? `${x} concerns ${y.toLowerCase()}.` : `${x} porte sur le thème ${y}.` };
    case 'SIGNED':
      return {
        props: { status: actStatus(b), date: String(b.props.date) },
        sentence: en ? `${x} signed the ${y}.` : `${x} a signé le ${y}.`,
      };
    case 'FACILITATED':
      return {
        props: { status: actStatus(b) },
        sentence: en ? `${x} facilitated the ${y}.` : `${x} a facilité la conclusion du ${y}.`,
      };
    case 'RENEWS':
      return { sentence: en ? `The ${x} renews the ${y}.` : `Le ${x} renouvelle le ${y}.` };
    case 'ORGANISED':
      return {
        props: { status: actStatus(b) },
        sentence: en ? `${x} organises the ${y}.` : `${x} organise : ${y}.`,
      };
    case 'HELD_IN':
      return { sentence: en ? `The ${x} takes place in ${y}.` : `${x} se tient à ${y}.` };
    case 'PARTICIPATED_IN':
      return {
        props: { status: b.label === 'Programme' ? 'done' : actStatus(b) },
        sentence: en ? `${x} takes part in the ${y}.` : `${x} participe : ${y}.`,
      };
    case 'LED':
      return {
        props: { status: actStatus(a.label === 'Event' ? a : b) },
        sentence: en ? `${x} leads the ${y}.` : `${x} conduit la délégation : ${y}.`,
      };
    case 'VISITED':
      return {
        props: { status: actStatus(a), date: String(a.props.start) },
        sentence: en ? `The ${x} visits ${y}.` : `${x} : visite de ${y}.`,
      };
    case 'HOSTED':
      return {
        props: { status: actStatus(b) },
        sentence: en ? `${x} hosts the ${y}.` : `${x} accueille : ${y}.`,
      };
    case 'RUNS':
      return {
        props: { since: String(b.props.start) },
        sentence: en ? `${x} runs the ${y}.` : `${x} pilote le ${y}.`,
      };
    case 'SUPPORTS':
      return { sentence: en ? `${x} supports the ${y}.` : `${x} soutient le ${y}.` };
    case 'MEMBER_OF': {
      const since = randomDate(random, 2000, 2026);
      return {
        props: { since },
        sentence: en
          ? `${x} has been a member of ${y} since ${since}.`
          : `${x} est membre de ${y} depuis ${since}.`,
      };
    }
    case 'COOPERATES_WITH': {
      const since = randomDate(random, 1990, 2026);
      const props: Record<string, string | string[]> = { since };
      if (topicIds.length > 0 && random.chance(0.5)) props.topics = [random.pick(topicIds)];
      return {
        props,
        sentence: en
          ? `${x} and ${y} have cooperated since ${since}.`
          : `${x} et ${y} coopèrent depuis ${since}.`,
      };
    }
  }
}

export function relationshipRecord(
  plan: GraphPlan,
  index: number,
  lang: Lang,
  random: SeededRandom,
  topicIds: readonly string[],
): { record: RelationshipRecord; quote: string } {
  const type = PLANNED_TYPES[plan.relType[index] ?? 0] as PlannedType;
  const a = plan.nodes[plan.relFrom[index] ?? 0] as PlannedNode;
  const b = plan.nodes[plan.relTo[index] ?? 0] as PlannedNode;
  const { props, sentence } = relationshipDetails(type, a, b, lang, random, topicIds);
  const quote = fit(sentence);
  const record: RelationshipRecord = { type, from: a.id, to: b.id, quote };
  if (props) {
    // Keep `quote` last in the written JSON, after the props, as the curated documents do.
    return { record: { type, from: a.id, to: b.id, props, quote }, quote };
  }
  return { record, quote };
}
