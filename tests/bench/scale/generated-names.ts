// Name pools for generated actors and places: French (accents, hyphens, elisions), Japanese romaji
// (with macrons) and English, so search, folding and sorting meet the names the field has.
import type { SeededRandom } from './seeded-random.ts';

export type NameLanguage = 'fr' | 'ja' | 'en';

/** Countries with an approximate centre (decimal degrees) around which their places are scattered. */
export const COUNTRIES: readonly {
  name: string;
  nameEn: string;
  lat: number;
  lon: number;
  lang: NameLanguage;
}[] = [
  { name: 'France', nameEn: 'France', lat: 46.6, lon: 2.4, lang: 'fr' },
  { name: 'Japon', nameEn: 'Japan', lat: 36.2, lon: 138.3, lang: 'ja' },
  { name: 'États-Unis', nameEn: 'United States', lat: 39.8, lon: -98.6, lang: 'en' },
  { name: 'Royaume-Uni', nameEn: 'United Kingdom', lat: 54.0, lon: -2.0, lang: 'en' },
  { name: 'Canada', nameEn: 'Canada', lat: 56.1, lon: -106.3, lang: 'en' },
  { name: 'Sénégal', nameEn: 'Senegal', lat: 14.5, lon: -14.5, lang: 'fr' },
  { name: 'Côte d’Ivoire', nameEn: 'Ivory Coast', lat: 7.5, lon: -5.5, lang: 'fr' },
  { name: 'Maroc', nameEn: 'Morocco', lat: 31.8, lon: -7.1, lang: 'fr' },
  { name: 'Tunisie', nameEn: 'Tunisia', lat: 33.9, lon: 9.5, lang: 'fr' },
  { name: 'Burkina Faso', nameEn: 'Burkina Faso', lat: 12.2, lon: -1.6, lang: 'fr' },
  { name: 'Mali', nameEn: 'Mali', lat: 17.6, lon: -4.0, lang: 'fr' },
  { name: 'Bénin', nameEn: 'Benin', lat: 9.3, lon: 2.3, lang: 'fr' },
  { name: 'Madagascar', nameEn: 'Madagascar', lat: -18.8, lon: 46.9, lang: 'fr' },
  { name: 'Haïti', nameEn: 'Haiti', lat: 18.97, lon: -72.3, lang: 'fr' },
  { name: 'Viêt Nam', nameEn: 'Vietnam', lat: 14.1, lon: 108.3, lang: 'fr' },
  { name: 'Cambodge', nameEn: 'Cambodia', lat: 12.6, lon: 104.99, lang: 'fr' },
  { name: 'Liban', nameEn: 'Lebanon', lat: 33.9, lon: 35.9, lang: 'fr' },
  { name: 'Québec (Canada)', nameEn: 'Quebec (Canada)', lat: 52.9, lon: -73.5, lang: 'fr' },
  { name: 'Allemagne', nameEn: 'Germany', lat: 51.2, lon: 10.4, lang: 'en' },
  { name: 'Italie', nameEn: 'Italy', lat: 41.9, lon: 12.6, lang: 'en' },
  { name: 'Espagne', nameEn: 'Spain', lat: 40.5, lon: -3.7, lang: 'en' },
  { name: 'Pologne', nameEn: 'Poland', lat: 51.9, lon: 19.1, lang: 'en' },
  { name: 'Roumanie', nameEn: 'Romania', lat: 45.9, lon: 24.97, lang: 'en' },
  { name: 'Brésil', nameEn: 'Brazil', lat: -14.2, lon: -51.9, lang: 'en' },
  { name: 'Mexique', nameEn: 'Mexico', lat: 23.6, lon: -102.6, lang: 'en' },
  { name: 'Chili', nameEn: 'Chile', lat: -35.7, lon: -71.5, lang: 'en' },
  { name: 'Chine', nameEn: 'China', lat: 35.9, lon: 104.2, lang: 'en' },
  { name: 'Corée du Sud', nameEn: 'South Korea', lat: 35.9, lon: 127.8, lang: 'en' },
  { name: 'Inde', nameEn: 'India', lat: 20.6, lon: 78.96, lang: 'en' },
  { name: 'Australie', nameEn: 'Australia', lat: -25.3, lon: 133.8, lang: 'en' },
];

const FRENCH_ROOTS = [
  'Beau',
  'Mont',
  'Ville',
  'Château',
  'Roche',
  'Font',
  'Belle',
  'Clair',
  'Mar',
  'Val',
  'Pont',
  'Bois',
  'Saint-Éti',
  'Sainte-Ma',
  'Lé',
  'Gré',
  'Bé',
  'Mè',
  'Vé',
  'Dô',
];
const FRENCH_ENDINGS = [
  'lieu',
  'mont',
  'ville',
  'fort',
  'court',
  'bourg',
  'val',
  'né',
  'zères',
  'çon',
  'ac',
  'ières',
  'enne',
  'ay',
  'oux',
  'ès',
  '-sur-Loire',
  '-les-Bains',
  '-en-Bresse',
  '-la-Forêt',
];
const JAPANESE_SYLLABLES = [
  'Kuma',
  'moto',
  'Kana',
  'zawa',
  'Shizu',
  'oka',
  'Ō',
  'saka',
  'Kyō',
  'to',
  'Hiro',
  'shima',
  'Tō',
  'hoku',
  'Naga',
  'no',
  'Ichi',
  'kawa',
  'Yama',
  'gata',
  'Fuku',
  'ī',
  'Sapp',
  'ro',
  'Mi',
  'yagi',
  'Ai',
  'chi',
];
const ENGLISH_ROOTS = [
  'Spring',
  'Madi',
  'Green',
  'Ash',
  'Oak',
  'River',
  'Fair',
  'North',
  'West',
  'Lake',
  'Hill',
];
const ENGLISH_ENDINGS = ['field', 'son', 'ville', 'wood', 'ford', 'ton', 'view', 'haven', 'port', 'dale'];
const SURNAMES: Record<NameLanguage, readonly string[]> = {
  fr: [
    'Lefèvre',
    'Dubois',
    'Gérard',
    'Mercier',
    'Béranger',
    'Lemaître',
    'Noël',
    'Chevalier',
    'Faure',
    'Hébert',
  ],
  ja: [
    'Satō',
    'Suzuki',
    'Takahashi',
    'Tanaka',
    'Itō',
    'Watanabe',
    'Yamamoto',
    'Nakamura',
    'Kobayashi',
    'Katō',
  ],
  en: ['Smith', 'Johnson', "O'Brien", 'Miller', 'Davis', 'García', 'Wilson', 'Anderson', 'Taylor', 'Moore'],
};
const GIVEN_NAMES: Record<NameLanguage, readonly string[]> = {
  fr: [
    'Anne-Sophie',
    'Jean-François',
    'Hélène',
    'Éric',
    'Chloé',
    'Jérôme',
    'Maëlle',
    'François',
    'Zoé',
    'Loïc',
  ],
  ja: ['Haruto', 'Yūki', 'Aoi', 'Sōta', 'Hina', 'Kenji', 'Emi', 'Shōhei', 'Rin', 'Daiki'],
  en: ['Mary', 'James', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'David', 'Susan', 'Chris'],
};
const COMPANY_WORDS = [
  'Agro',
  'Bio',
  'Tech',
  'Vins',
  'Robotics',
  'Énergie',
  'Foods',
  'Médical',
  'Data',
  'Aéro',
];
const COMPANY_FORMS: Record<NameLanguage, readonly string[]> = {
  fr: ['SAS', 'SA', 'SARL'],
  ja: ['K.K.', 'Co., Ltd.'],
  en: ['Inc.', 'LLC', 'Ltd'],
};
const TOPIC_NAMES: readonly [string, string][] = [
  ['Alimentation durable', 'Sustainable food'],
  ['Santé', 'Health'],
  ['Tourisme', 'Tourism'],
  ['Vin et gastronomie', 'Wine and gastronomy'],
  ['Énergies renouvelables', 'Renewable energy'],
  ['Eau et assainissement', 'Water and sanitation'],
  ['Culture et patrimoine', 'Culture and heritage'],
  ['Éducation', 'Education'],
  ['Mobilité', 'Mobility'],
  ['Numérique', 'Digital'],
  ['Agriculture', 'Agriculture'],
  ['Recherche', 'Research'],
];

/** A place-like proper name in the given language. */
export function placeName(random: SeededRandom, lang: NameLanguage): string {
  if (lang === 'ja') {
    const first = random.pick(JAPANESE_SYLLABLES);
    return first + random.pick(JAPANESE_SYLLABLES).toLowerCase();
  }
  if (lang === 'en') return random.pick(ENGLISH_ROOTS) + random.pick(ENGLISH_ENDINGS);
  return random.pick(FRENCH_ROOTS) + random.pick(FRENCH_ENDINGS);
}

export function personName(random: SeededRandom, lang: NameLanguage): string {
  const given = random.pick(GIVEN_NAMES[lang]);
  const surname = random.pick(SURNAMES[lang]);
  // Japanese names as the press usually writes them in Europe: surname first, no honorific.
  return lang === 'ja' ? `${surname} ${given}` : `${given} ${surname}`;
}

export function companyName(random: SeededRandom, lang: NameLanguage, base: string): string {
  return `${base} ${random.pick(COMPANY_WORDS)} ${random.pick(COMPANY_FORMS[lang])}`;
}

export function topicNames(count: number): [string, string][] {
  const names: [string, string][] = [];
  for (let i = 0; i < count; i++) {
    const base = TOPIC_NAMES[i % TOPIC_NAMES.length] as [string, string];
    const round = Math.floor(i / TOPIC_NAMES.length);
    names.push(round === 0 ? base : [`${base[0]} (${round + 1})`, `${base[1]} (${round + 1})`]);
  }
  return names;
}

/** "Saint-Étienne de l'Ouest" → "saint-etienne-de-l-ouest": the import format's id alphabet. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}
