// Which column gives which field, guessed from the header names (French and English), so the
// mapping form starts filled in: "Collectivité" → frenchActor, "Pays du partenaire" → partnerCountry.
// A header equal to a known name wins over one that only contains it; each header serves one field.

import { foldPhrase } from '../../../seed/model/name-folding.ts';
import {
  ACTOR_FIELDS,
  PARTNERSHIP_FIELDS,
  type RowShape,
  type SpreadsheetField,
} from '../../contract/spreadsheet.ts';

const HEADER_NAMES: Record<SpreadsheetField, string[]> = {
  frenchActor: [
    'collectivite',
    'collectivite francaise',
    'autorite francaise',
    'french authority',
    'acteur francais',
    'french actor',
    'organisme francais',
    'partenaire francais',
  ],
  frenchKind: ['type de collectivite', 'nature de la collectivite', 'french kind', 'kind of french actor'],
  frenchCountry: ['pays francais', 'french country'],
  partner: ['partenaire', 'partenaire etranger', 'foreign partner', 'partner', 'collectivite partenaire'],
  partnerKind: ['type de partenaire', 'nature du partenaire', 'partner kind', 'partner type'],
  partnerCountry: ['pays', 'pays du partenaire', 'country', 'partner country'],
  linkType: [
    'type',
    'type d accord',
    'type de lien',
    'type de cooperation',
    'nature de l accord',
    'agreement type',
    'link type',
    'accord',
  ],
  date: ['annee', 'date', 'year', 'date de signature', 'signature', 'signed on'],
  status: ['statut', 'status', 'etat', 'state'],
  topic: ['theme', 'themes', 'thematique', 'domaine', 'topic', 'topics', 'sujet', 'secteur'],
  sourceTitle: ['source', 'titre de la source', 'source title', 'titre', 'title'],
  sourceUrl: ['url', 'lien', 'source url', 'lien de la source', 'link', 'adresse web'],
  publisher: ['editeur', 'publisher', 'media', 'publie par'],
  published: ['date de publication', 'publication', 'published', 'publie le', 'publication date'],
  quote: ['citation', 'quote', 'extrait', 'excerpt', 'phrase'],
  name: ['nom', 'name', 'organisation', 'organization', 'acteur', 'actor', 'raison sociale', 'organisme'],
  kind: ['type', 'nature', 'kind', 'categorie', 'category'],
  country: ['pays', 'country'],
  aliases: ['alias', 'aliases', 'sigle', 'acronyme', 'acronym', 'autres noms'],
  nameEn: ['nom anglais', 'nom en anglais', 'english name', 'name in english', 'name en'],
  url: ['url', 'site', 'site web', 'site internet', 'website', 'web'],
};

const FIELDS: Record<RowShape, readonly SpreadsheetField[]> = {
  partnerships: PARTNERSHIP_FIELDS,
  actors: ACTOR_FIELDS,
};

export function guessColumns(headers: readonly string[], shape: RowShape): Record<string, string> {
  const folded = headers.map((header) => foldPhrase(header));
  const guessed: Record<string, string> = {};
  const used = new Set<number>();
  // Exact names first for every field, then containment, so "Pays" goes to the country before
  // "Pays du partenaire" could take it by containment.
  for (const exact of [true, false]) {
    for (const field of FIELDS[shape]) {
      if (guessed[field]) continue;
      const names = HEADER_NAMES[field];
      const index = folded.findIndex(
        (header, i) =>
          !used.has(i) &&
          names.some((name) => (exact ? header === name : ` ${header} `.includes(` ${name} `))),
      );
      if (index >= 0) {
        guessed[field] = headers[index] as string;
        used.add(index);
      }
    }
  }
  return guessed;
}
