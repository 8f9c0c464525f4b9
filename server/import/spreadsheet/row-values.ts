// How a cell's words become the model's values: link types, statuses, dates, kinds. French and
// English words, compared folded (case, accents, hyphens and elisions), so "Signé", "signe" and
// "signed" are one status. A value outside these tables is a row error, never a guess.

import { foldPhrase, slugOf } from '../../../seed/model/name-folding.ts';
import type { ActStatus, AgreementStatus } from '../../../seed/model/statuses.ts';

export type LinkType =
  | { relationship: 'agreement'; kind: string; label: string }
  | { relationship: 'COOPERATES_WITH' };

const AGREEMENT_KINDS: Record<string, { kind: string; label: string; words: string[] }> = {
  mou: {
    kind: 'mou',
    label: 'Protocole d’entente',
    words: [
      'mou',
      'protocole d entente',
      'protocole d accord',
      'memorandum',
      'memorandum of understanding',
      'protocole',
    ],
  },
  cooperation: {
    kind: 'cooperation-agreement',
    label: 'Accord de coopération',
    words: ['accord', 'accord de cooperation', 'cooperation agreement', 'agreement'],
  },
  convention: { kind: 'convention', label: 'Convention', words: ['convention', 'convention de cooperation'] },
  partnership: {
    kind: 'partnership-agreement',
    label: 'Accord de partenariat',
    words: ['partenariat', 'accord de partenariat', 'partnership', 'partnership agreement'],
  },
  twinning: {
    kind: 'twinning',
    label: 'Jumelage',
    words: ['jumelage', 'twinning', 'sister city', 'ville jumelle', 'pacte d amitie', 'friendship agreement'],
  },
  intent: {
    kind: 'letter-of-intent',
    label: 'Lettre d’intention',
    words: ['lettre d intention', 'letter of intent', 'declaration d intention', 'declaration of intent'],
  },
};
const COOPERATION_WORDS = [
  'cooperation',
  'cooperation informelle',
  'echanges',
  'exchanges',
  'relation',
  'lien',
];

const linkTypes = new Map<string, LinkType>();
for (const entry of Object.values(AGREEMENT_KINDS))
  for (const word of entry.words)
    linkTypes.set(word, { relationship: 'agreement', kind: entry.kind, label: entry.label });
for (const word of COOPERATION_WORDS) linkTypes.set(word, { relationship: 'COOPERATES_WITH' });

export const LINK_TYPE_WORDS = [...linkTypes.keys()];

/** An empty cell is a cooperation without a written agreement. */
export function linkTypeOf(text: string): LinkType | undefined {
  if (text === '') return { relationship: 'COOPERATES_WITH' };
  return linkTypes.get(foldPhrase(text));
}

const AGREEMENT_STATUS_WORDS: Record<AgreementStatus, string[]> = {
  announced: ['announced', 'annonce', 'prevu', 'planned', 'en projet', 'a signer', 'en negociation'],
  signed: ['signed', 'signe', 'en vigueur', 'actif', 'active', 'in force', 'conclu'],
  renewed: ['renewed', 'renouvele', 'reconduit'],
  ended: ['ended', 'termine', 'echu', 'expire', 'expired', 'clos', 'resilie'],
};
const ACT_OF_AGREEMENT: Record<AgreementStatus, ActStatus> = {
  announced: 'planned',
  signed: 'done',
  renewed: 'done',
  ended: 'done',
};
const EXTRA_ACT_WORDS: Record<ActStatus, string[]> = {
  planned: [],
  done: ['done', 'fait', 'realise', 'en cours', 'ongoing'],
  cancelled: ['cancelled', 'canceled', 'annule', 'abandonne'],
};

const agreementStatuses = new Map<string, AgreementStatus>();
for (const [status, words] of Object.entries(AGREEMENT_STATUS_WORDS) as [AgreementStatus, string[]][])
  for (const word of words) agreementStatuses.set(word, status);
const actStatuses = new Map<string, ActStatus>();
for (const [word, status] of agreementStatuses) actStatuses.set(word, ACT_OF_AGREEMENT[status]);
for (const [status, words] of Object.entries(EXTRA_ACT_WORDS) as [ActStatus, string[]][])
  for (const word of words) actStatuses.set(word, status);

export const AGREEMENT_STATUS_EXAMPLES =
  'announced, signed, renewed, ended (or annoncé, signé, renouvelé, terminé)';
export const ACT_STATUS_EXAMPLES = 'planned, done, cancelled (or prévu, signé, en cours, annulé)';

export const agreementStatusOf = (text: string) => agreementStatuses.get(foldPhrase(text));
export const actStatusOf = (text: string) => actStatuses.get(foldPhrase(text));
/** The status of a party's act of signing: an announced agreement is a planned signature. */
export const actOfAgreement = (status: AgreementStatus): ActStatus => ACT_OF_AGREEMENT[status];

/**
 * "2019", "2019-10", "2019-10-03", "03/10/2019", "3.10.2019", "10/2019" (day first, as in France)
 * → ISO at the precision given; undefined when it is not a date.
 */
export function isoDateOf(text: string): string | undefined {
  const value = text.trim();
  const pad = (n: string) => n.padStart(2, '0');
  let match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T.*)?$/.exec(value);
  if (match) {
    const [, year, month, day] = match;
    return checked(year as string, month && pad(month), day && pad(day));
  }
  match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(value);
  if (match) return checked(match[3] as string, pad(match[2] as string), pad(match[1] as string));
  match = /^(\d{1,2})[/.](\d{4})$/.exec(value);
  if (match) return checked(match[2] as string, pad(match[1] as string));
  return undefined;
}

function checked(year: string, month?: string, day?: string): string | undefined {
  const y = Number(year);
  if (y < 1800 || y > 2200) return undefined;
  if (month === undefined) return year;
  const m = Number(month);
  if (m < 1 || m > 12) return undefined;
  if (day === undefined) return `${year}-${month}`;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > daysInMonth) return undefined;
  return `${year}-${month}-${day}`;
}

const KIND_WORDS: Record<string, string[]> = {
  region: ['region', 'conseil regional', 'collectivite regionale'],
  department: ['departement', 'conseil departemental'],
  metropolis: ['metropole', 'metropolis'],
  city: ['ville', 'commune', 'city', 'municipalite', 'municipality', 'mairie'],
  prefecture: ['prefecture', 'prefecture japonaise', 'ken'],
  state: ['etat', 'state', 'us state'],
  province: ['province'],
  university: ['universite', 'university'],
  'research-institute': ['institut de recherche', 'research institute', 'laboratoire', 'laboratory'],
  'competitiveness-cluster': ['pole de competitivite', 'competitiveness cluster'],
  cluster: ['cluster', 'grappe'],
  company: ['entreprise', 'societe', 'company', 'firm', 'start up', 'startup'],
  agency: ['agence', 'agency'],
  association: ['association', 'ong', 'ngo'],
  chamber: ['chambre', 'cci', 'chamber', 'chamber of commerce', 'chambre de commerce'],
  school: ['ecole', 'school', 'lycee', 'college'],
  foundation: ['fondation', 'foundation'],
  ministry: ['ministere', 'ministry'],
  embassy: ['ambassade', 'embassy', 'consulat', 'consulate'],
};
const kinds = new Map<string, string>();
for (const [kind, words] of Object.entries(KIND_WORDS)) for (const word of words) kinds.set(word, kind);

/** A known kind from its French or English word; other words as a slug ("Parc naturel" → "parc-naturel"). */
export function kindOf(text: string): string | undefined {
  if (text === '') return undefined;
  return kinds.get(foldPhrase(text)) ?? (slugOf(text) || undefined);
}

/** A cell listing several values ("tourisme; gastronomie", "A | B"). */
export function listOf(text: string): string[] {
  return text
    .split(/[;|,]/)
    .map((part) => part.trim())
    .filter(Boolean);
}
