// Territories: countries, their regions (prefectures, states, départements) and cities, each
// governed by its local authority, with coordinates scattered around the country's centre and
// PART_OF chains up to the country. Also the sources, busiest (the registers) first.
import { COUNTRIES, type NameLanguage, placeName, slug } from './generated-names.ts';
import {
  jitter,
  type PlanBuilder,
  type PlannedNode,
  type PlannedSource,
  randomDate,
  type ScaleSize,
} from './plan-builder.ts';
import { type SeededRandom, ZipfSampler } from './seeded-random.ts';

export interface Territories {
  countryPlaces: number[];
  /** Top-level authorities (a region, a prefecture, a state), the candidates for hubs. */
  topLevelAuthorities: number[];
  cityPlaces: number[];
  /** [from, to] pairs: a place PART_OF its parent, an authority GOVERNS its place. */
  governed: [number, number][];
}

const PUBLISHERS = [
  'Commission nationale de la coopération décentralisée',
  'CLAIR Paris',
  'Cités Unies France',
  'Sister Cities International',
  'Le Bien Public',
  'Ouest-France',
  'The Japan Times',
  'Région Bourgogne-Franche-Comté',
];

export function planSources(random: SeededRandom, count: number): PlannedSource[] {
  const sources: PlannedSource[] = [];
  for (let i = 0; i < count; i++) {
    // The busiest sources (Zipf rank 0, 1, …) are registers, as the national atlas is.
    const register = i < Math.max(1, Math.round(count * 0.01));
    // One article in three in English: the field reads both.
    const language = register || i % 3 !== 2 ? 'fr' : 'en';
    const title = register
      ? `Atlas français de la coopération décentralisée — extrait n° ${i + 1}`
      : language === 'fr'
        ? `Lettre de la coopération internationale n° ${i + 1}`
        : `International partnerships bulletin no. ${i + 1}`;
    sources.push({
      id: `src-${String(i).padStart(5, '0')}-${slug(title).slice(0, 60).replace(/-+$/, '')}`,
      title,
      publisher: register ? (PUBLISHERS[0] as string) : random.pick(PUBLISHERS),
      published: randomDate(random, 2015, 2026).slice(0, 10),
      language,
    });
  }
  return sources;
}

interface AuthorityLevel {
  kind: string;
  placeKind: string;
  name: (base: string) => string;
  nameEn: (base: string) => string;
}

/** How each country's authorities are named, level by level (largest unit first). */
function authorityLevels(lang: NameLanguage, countryIndex: number): AuthorityLevel[] {
  if (countryIndex === 0)
    return [
      { kind: 'region', placeKind: 'region', name: (b) => `Région ${b}`, nameEn: (b) => `${b} Region` },
      {
        kind: 'departement',
        placeKind: 'departement',
        name: (b) => `Département de ${b}`,
        nameEn: (b) => `${b} Department`,
      },
      { kind: 'city', placeKind: 'city', name: (b) => `Ville de ${b}`, nameEn: (b) => `City of ${b}` },
    ];
  if (lang === 'ja')
    return [
      {
        kind: 'prefecture',
        placeKind: 'prefecture',
        name: (b) => `Préfecture de ${b}`,
        nameEn: (b) => `${b} Prefecture`,
      },
      { kind: 'city', placeKind: 'city', name: (b) => `Ville de ${b}`, nameEn: (b) => `${b} City` },
    ];
  if (countryIndex === 2)
    return [
      { kind: 'us-state', placeKind: 'state', name: (b) => `État de ${b}`, nameEn: (b) => `State of ${b}` },
      { kind: 'city', placeKind: 'city', name: (b) => `Ville de ${b}`, nameEn: (b) => `City of ${b}` },
    ];
  return [
    { kind: 'region', placeKind: 'region', name: (b) => `Région de ${b}`, nameEn: (b) => `${b} Region` },
    { kind: 'city', placeKind: 'city', name: (b) => `Ville de ${b}`, nameEn: (b) => `City of ${b}` },
  ];
}

/** Plans the territories of `size.authorities` local authorities into the builder. */
export function planTerritories(b: PlanBuilder, size: ScaleSize): Territories {
  const r = b.random;
  // Places and the authorities that govern them: countries, then units of each level inside.
  const countryCount = Math.min(COUNTRIES.length, Math.max(3, Math.ceil(size.authorities / 40)));
  const countryPlaces: number[] = [];
  for (let c = 0; c < countryCount; c++) {
    const country = COUNTRIES[c] as (typeof COUNTRIES)[number];
    countryPlaces.push(
      b.addNode({
        label: 'Place',
        name: country.name,
        nameEn: country.nameEn,
        kind: 'country',
        lang: country.lang,
        country: c,
        props: { lat: country.lat, lon: country.lon },
      }),
    );
  }
  // A third of the authorities are French (the atlas counts 4,750 French and 9,900 partners).
  const countrySampler = new ZipfSampler(Math.max(1, countryCount - 1), 0.8, 1);
  const perCountry = new Array<number>(countryCount).fill(0);
  for (let i = 0; i < size.authorities; i++) {
    const c = r.chance(1 / 3) ? 0 : 1 + countrySampler.draw(r);
    perCountry[c] = (perCountry[c] ?? 0) + 1;
  }
  const topLevelAuthorities: number[] = [];
  const cityPlaces: number[] = [];
  const governed: [number, number][] = [];
  for (let c = 0; c < countryCount; c++) {
    const country = COUNTRIES[c] as (typeof COUNTRIES)[number];
    const levels = authorityLevels(country.lang, c);
    const total = perCountry[c] ?? 0;
    let parents = [countryPlaces[c] as number];
    let made = 0;
    for (const [depth, level] of levels.entries()) {
      const last = depth === levels.length - 1;
      const count = last
        ? total - made
        : Math.min(total - made, Math.max(1, Math.ceil(total * 0.03 * 3 ** depth)));
      const placesOfLevel: number[] = [];
      for (let i = 0; i < count; i++) {
        const base = placeName(r, country.lang);
        const parent = r.pick(parents);
        const parentNode = b.nodes[parent] as PlannedNode;
        const spread = depth === 0 ? 4 : 1;
        const place = b.addNode({
          label: 'Place',
          name: base,
          kind: level.placeKind,
          lang: country.lang,
          country: c,
          props: {
            lat: jitter(r, Number(parentNode.props.lat), spread),
            lon: jitter(r, Number(parentNode.props.lon), spread),
          },
        });
        placesOfLevel.push(place);
        governed.push([place, parent]);
        // One metropolis in ten among French cities: the kind the atlas lists apart.
        const metropolis = c === 0 && last && r.chance(0.1);
        const authority = b.addNode({
          label: 'Organisation',
          name: metropolis ? `${base} Métropole` : level.name(base),
          nameEn: metropolis ? `${base} Metropolis` : level.nameEn(base),
          aliases: [base],
          kind: metropolis ? 'metropolis' : level.kind,
          lang: country.lang,
          country: c,
          props: {},
          idBase: `${slug(level.kind)}-${base}`,
        });
        if (depth === 0) topLevelAuthorities.push(authority);
        governed.push([authority, place]);
        if (last) cityPlaces.push(place);
      }
      made += count;
      if (placesOfLevel.length > 0) parents = placesOfLevel;
    }
  }
  if (cityPlaces.length === 0) cityPlaces.push(...countryPlaces);
  return { countryPlaces, topLevelAuthorities, cityPlaces, governed };
}
