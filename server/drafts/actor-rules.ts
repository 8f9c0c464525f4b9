// Candidate new actors in a sentence: names announced by an organisation word ("Région Occitanie",
// "université de Kumamoto", "Toyota Motor Corporation"), acronyms, people (first name + surname,
// or a title alone: "le vice-gouverneur de Kumamoto") and places after a preposition ("à Nagoya").
import type { NodeLabel } from '../../seed/dataset-schema.ts';
import type { ActorSpan } from './draft-parts.ts';

const UPPER = '\\p{Lu}';
/** A capitalised word (with inner hyphens/apostrophes: "Franche-Comté", "Côte-d’Or") or an acronym. */
const CAP_WORD = `${UPPER}[\\p{L}\\p{M}\\d]*(?:[-’'][\\p{L}\\d]+)*`;
const LINK = `(?:de la|de l’|de l'|d’|d'|du|des|de|et|pour|en|sur|of|for|and|the|on)`;
/** Capitalised words, possibly joined by small words ("Chambre de Commerce et d'Industrie de Lyon"). */
const NAME_TAIL = `(?:${CAP_WORD})(?:\\s+(?:${LINK}\\s*){0,2}${CAP_WORD})*`;

/** Words that announce an organisation before its name, with the kind they give. */
const ORG_WORDS: Record<string, string> = {
  région: 'region',
  region: 'region',
  préfecture: 'prefecture',
  prefecture: 'prefecture',
  département: 'department',
  metropole: 'metropolis',
  métropole: 'metropolis',
  ville: 'city',
  mairie: 'city',
  commune: 'city',
  pôle: 'competitiveness-cluster',
  cluster: 'cluster',
  université: 'university',
  university: 'university',
  école: 'school',
  institut: 'research-institute',
  institute: 'research-institute',
  chambre: 'chamber-of-commerce',
  agence: 'agency',
  agency: 'agency',
  association: 'association',
  fondation: 'foundation',
  foundation: 'foundation',
  ministère: 'ministry',
  ministry: 'ministry',
  conseil: 'council',
  council: 'council',
  comité: 'committee',
  office: 'agency',
  centre: 'centre',
  center: 'centre',
  groupe: 'company',
  société: 'company',
  laboratoire: 'laboratory',
  consulat: 'consulate',
  ambassade: 'embassy',
  embassy: 'embassy',
  lycée: 'school',
  musée: 'cultural-institution',
  museum: 'cultural-institution',
  fédération: 'federation',
  federation: 'federation',
  réseau: 'network',
  network: 'network',
  syndicat: 'association',
  communauté: 'intercommunality',
  state: 'state',
  état: 'state',
  city: 'city',
  county: 'county',
  province: 'province',
};
/** Words that follow a company or body's name: "Toyota Motor Corporation", "Aichi Prefecture". */
const ORG_SUFFIXES: Record<string, string> = {
  Inc: 'company',
  'Inc.': 'company',
  Corporation: 'company',
  Corp: 'company',
  'Co.': 'company',
  Ltd: 'company',
  SA: 'company',
  SAS: 'company',
  GmbH: 'company',
  University: 'university',
  Agency: 'agency',
  Prefecture: 'prefecture',
  Council: 'council',
  Institute: 'research-institute',
  Association: 'association',
  Foundation: 'foundation',
  Cluster: 'cluster',
  Group: 'company',
  Bank: 'company',
  Chamber: 'chamber-of-commerce',
  Museum: 'cultural-institution',
  Center: 'centre',
  Centre: 'centre',
  City: 'city',
  Metropolis: 'metropolis',
};

/** "région" → "[Rr]égion": a case-insensitive first letter without the `i` flag, under which \\p{Lu} matches any letter. */
const eitherCase = (word: string) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`;
const ORG_WORD_RE = new RegExp(
  `(?<![\\p{L}])(${Object.keys(ORG_WORDS).map(eitherCase).join('|')})(\\s+(?:${LINK}\\s*)?${NAME_TAIL})`,
  'gu',
);
const SUFFIX_RE = new RegExp(
  `(?<![\\p{L}])((?:${CAP_WORD}\\s+){1,5})(${Object.keys(ORG_SUFFIXES)
    .map((s) => s.replace('.', '\\.'))
    .join('|')})(?![\\p{L}])`,
  'gu',
);
const ACRONYM_RE = /(?<![\p{L}\d])(\p{Lu}[\p{Lu}\d&]{1,9})(?![\p{L}\d])/gu;
const TITLED_PERSON_RE =
  /(?<![\p{L}])(?:M\.|Mme|Mlle|Dr|Pr|Me|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Monsieur|Madame)\s+((?:\p{Lu}[\p{L}’'-]+\s+){0,2}\p{Lu}[\p{L}’'-]+)/gu;
/** "Jean DUPONT", "Carole Delga": a first name then a surname (upper-case surnames are common in French). */
const NAMED_PERSON_RE =
  /(?<![\p{L}])(\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)?)\s+(\p{Lu}{2,}(?:[- ]\p{Lu}{2,})?|\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)?)(?![\p{L}])/gu;
const ROLE_TITLES =
  'vice-gouverneur|gouverneur|vice-présidente?|présidente?|maire|adjointe? au maire|préfète?|directeur général|directrice générale|directeur|directrice|ambassadeur|ambassadrice|consul général|consule?|délégué général|déléguée? générale?|secrétaire général|vice-governor|governor|vice-president|president|mayor|director|ambassador|consul|ceo|chair(?:man|woman)?';
export const ROLE_TITLE_RE = new RegExp(`(?<![\\p{L}-])(${ROLE_TITLES})(?![\\p{L}])`, 'iu');
const TITLE_ONLY_RE = new RegExp(
  `(?<![\\p{L}])(?:[Ll]e |[Ll]a |[Tt]he |[Ll]’|[Ll]')(${ROLE_TITLES.split('|').map(eitherCase).join('|')})\\s+(?:(?:de la|de l’|de l'|du|des|de|d’|d'|of|of the)\\s*)(${NAME_TAIL})`,
  'gu',
);
const PLACE_RE =
  /(?<![\p{L}])(?:à|au|aux|en|in|to|at|vers|depuis)\s+((?:\p{Lu}[\p{L}’'-]+)(?:[- ](?:\p{Lu}[\p{L}’'-]+))*)/gu;

/** Acronyms and capitalised words that are not actors. */
const NOT_ACTORS = new Set([
  'MOU',
  'MoU',
  'UE',
  'PDF',
  'OK',
  'TV',
  'ETI',
  'PME',
  'PMI',
  'IA',
  'AI',
  'CEO',
  'USD',
  'EUR',
  'HT',
  'TTC',
  'II',
  'III',
  'IV',
  'XX',
  'XXI',
  'Le',
  'La',
  'Les',
  'Un',
  'Une',
  'Des',
  'Ce',
  'Cette',
  'Il',
  'Elle',
  'Ils',
  'The',
  'This',
  'In',
  'On',
  'At',
  'A',
  'En',
  'Au',
  'Aux',
  'Par',
  'Pour',
  'Dans',
  'Depuis',
  'Avec',
  'Lors',
  'Après',
  'Avant',
]);
const MONTH_WORDS =
  /^(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/iu;

function span(
  offset: number,
  start: number,
  name: string,
  label: NodeLabel,
  rule: string,
  confidence: number,
  kind?: string,
): ActorSpan {
  const trimmed = name.replace(/[\s,.;:]+$/u, '');
  return {
    start: offset + start,
    end: offset + start + trimmed.length,
    id: '',
    label,
    name: trimmed,
    known: false,
    rule,
    confidence,
    kind,
  };
}

/** New-actor spans in one sentence (offsets in the whole text), possibly overlapping: the caller settles overlaps. */
export function findNewActors(sentence: string, offset: number): ActorSpan[] {
  const found: ActorSpan[] = [];
  for (const m of sentence.matchAll(ORG_WORD_RE)) {
    const word = (m[1] as string).toLowerCase();
    found.push(span(offset, m.index, m[0], 'Organisation', 'org-word', 0.7, ORG_WORDS[word]));
  }
  for (const m of sentence.matchAll(SUFFIX_RE)) {
    const suffix = m[2] as string;
    found.push(span(offset, m.index, m[0], 'Organisation', 'org-suffix', 0.7, ORG_SUFFIXES[suffix]));
  }
  for (const m of sentence.matchAll(TITLE_ONLY_RE)) {
    const name = m[0].replace(/^(?:le |la |the |l’|l')/iu, '');
    const start = m.index + (m[0].length - name.length);
    found.push(span(offset, start, name, 'Person', 'person-title', 0.6));
  }
  for (const m of sentence.matchAll(TITLED_PERSON_RE)) {
    const name = m[1] as string;
    found.push(span(offset, m.index + m[0].indexOf(name), name, 'Person', 'person-civility', 0.75));
  }
  for (const m of sentence.matchAll(NAMED_PERSON_RE)) {
    const [first, last] = [m[1] as string, m[2] as string];
    if (NOT_ACTORS.has(first) || MONTH_WORDS.test(first) || MONTH_WORDS.test(last)) continue;
    // A surname in capitals is a strong sign; two capitalised words are often a place or a title.
    const upperSurname = /^\p{Lu}{2,}/u.test(last) && last.length > 1;
    // "Marc Dubois, président de …": a title in apposition makes it a person.
    const titled = /^\s*,\s*(?:l[ea] |the )?$/u.test(
      sentence.slice(m.index + m[0].length).split(ROLE_TITLE_RE)[0] ?? '',
    );
    found.push(span(offset, m.index, m[0], 'Person', 'person-name', upperSurname || titled ? 0.7 : 0.4));
  }
  for (const m of sentence.matchAll(ACRONYM_RE)) {
    const acronym = m[1] as string;
    if (NOT_ACTORS.has(acronym) || /^\d/.test(acronym) || /^[IVXLC]+$/.test(acronym)) continue;
    found.push(span(offset, m.index, acronym, 'Organisation', 'acronym', 0.5));
  }
  for (const m of sentence.matchAll(PLACE_RE)) {
    const name = m[1] as string;
    if (NOT_ACTORS.has(name) || MONTH_WORDS.test(name)) continue;
    found.push(span(offset, m.index + m[0].indexOf(name), name, 'Place', 'place-preposition', 0.4, 'city'));
  }
  return found;
}

/** "Kyushu Bio Cluster Conference (KBCC)": the acronym in brackets after a name is an alias of it. */
export function bracketedAcronymAfter(
  text: string,
  end: number,
): { acronym: string; end: number } | undefined {
  const m = /^\s*\((\p{Lu}[\p{Lu}\d&-]{1,11})\)/u.exec(text.slice(end, end + 20));
  return m ? { acronym: m[1] as string, end: end + m[0].length } : undefined;
}
