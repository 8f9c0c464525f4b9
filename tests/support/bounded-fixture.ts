// Test data for the bounded list endpoints, in the import format: a hub with more partners than a
// page holds, in two test countries, and a second hub sharing all its partners. Everything is keyed
// by the run (ids end with it) and tied to a topic of its own, so a test can filter the graph down
// to exactly this data while other tests write theirs.
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { TestApp } from './test-app.ts';

/** Letters only: organisation kinds are lowercase words, without digits. */
export const run = randomUUID()
  .replaceAll('-', '')
  .slice(0, 10)
  .replace(/[0-9]/g, (digit) => 'abcdefghij'[Number(digit)] ?? 'x');

export const PARTNERS = 130;
/** Partners 0–69 are in country B, 70–109 in a city of country A, 110–129 nowhere known. */
export const IN_COUNTRY_B = 70;
export const IN_COUNTRY_A = 40;
/** Partners 0–9 have a reported cooperation with the hub besides their agreement: the strongest. */
export const STRONGEST = 10;

export const ids = {
  source: `src-bounded-${run}`,
  bigSource: `src-bounded-big-${run}`,
  topic: `topic-bounded-${run}`,
  countryA: `place-country-a-${run}`,
  countryB: `place-country-b-${run}`,
  cityA: `place-city-a-${run}`,
  hub: `hub-${run}`,
  hub2: `hub-two-${run}`,
  partner: (index: number) => `partner-${index}-${run}`,
  agreement: (index: number) => `agreement-${index}-${run}`,
  big: (index: number) => `big-${index}-${run}`,
  /** Two organisations sharing more agreements than a partnership lists. */
  pairX: `pair-x-${run}`,
  pairY: `pair-y-${run}`,
  pairAgreement: (index: number) => `pair-agreement-${index}-${run}`,
};
export const SHARED_AGREEMENTS = 12;
export const kinds = { hub: `hub-${run}`, partner: `partner-${run}` };

const quote = 'a sentence of the test note that supports the fact';
const done = { status: 'done' };
const source = (id: string) => ({
  id,
  title: `Bounded lists test note ${run}`,
  publisher: 'Tests',
  published: '2026-11',
  language: 'en',
});
const range = (count: number) => Array.from({ length: count }, (_, index) => index);

export function hubDocument() {
  const topics = [ids.topic];
  const partnerNodes = range(PARTNERS).map((index) => ({
    id: ids.partner(index),
    label: 'Organisation',
    name: `Partner ${index} ${run}`,
    // Partners beyond the two countries have no kind either: the "unknown" group of both groupings.
    ...(index < IN_COUNTRY_B + IN_COUNTRY_A ? { kind: kinds.partner } : {}),
    quote,
  }));
  const placeOf = (index: number) =>
    index < IN_COUNTRY_B ? ids.countryB : index < IN_COUNTRY_B + IN_COUNTRY_A ? ids.cityA : undefined;
  return {
    source: source(ids.source),
    nodes: [
      { id: ids.topic, label: 'Topic', name: `Bounded topic ${run}`, quote },
      {
        id: ids.countryA,
        label: 'Place',
        kind: 'country',
        name: `Country A ${run}`,
        props: { lat: 10.5, lon: 20.25 },
        quote,
      },
      {
        id: ids.countryB,
        label: 'Place',
        kind: 'country',
        name: `Country B ${run}`,
        props: { lat: -5.5, lon: 30 },
        quote,
      },
      {
        id: ids.cityA,
        label: 'Place',
        kind: 'city',
        name: `City A ${run}`,
        props: { lat: 11, lon: 21 },
        quote,
      },
      { id: ids.hub, label: 'Organisation', kind: kinds.hub, name: `Hub ${run}`, quote },
      { id: ids.hub2, label: 'Organisation', name: `Second hub ${run}`, quote },
      ...partnerNodes,
      { id: ids.pairX, label: 'Organisation', name: `Pair X ${run}`, quote },
      { id: ids.pairY, label: 'Organisation', name: `Pair Y ${run}`, quote },
      ...range(SHARED_AGREEMENTS).map((index) => ({
        id: ids.pairAgreement(index),
        label: 'Agreement',
        name: `Pair agreement ${index} ${run}`,
        // One a year, so "newest first" has an order to check.
        props: { date: `${2000 + index}-03-01`, status: 'signed' },
        quote,
      })),
      ...range(PARTNERS).map((index) => ({
        id: ids.agreement(index),
        label: 'Agreement',
        name: `Agreement ${index} ${run}`,
        props: { date: '2026-01-15', status: 'signed' },
        quote,
      })),
    ],
    relationships: [
      { type: 'PART_OF', from: ids.cityA, to: ids.countryA, quote },
      { type: 'LOCATED_IN', from: ids.hub, to: ids.cityA, quote },
      ...range(PARTNERS).flatMap((index) => {
        const place = placeOf(index);
        return [
          ...(place ? [{ type: 'LOCATED_IN', from: ids.partner(index), to: place, quote }] : []),
          { type: 'PARTY_TO', from: ids.hub, to: ids.agreement(index), props: done, quote },
          { type: 'PARTY_TO', from: ids.partner(index), to: ids.agreement(index), props: done, quote },
          { type: 'CONCERNS', from: ids.agreement(index), to: ids.topic, quote },
          // The second hub's links carry no topic: the topic filter leaves them out of the overview.
          { type: 'COOPERATES_WITH', from: ids.hub2, to: ids.partner(index), quote },
          ...(index < STRONGEST
            ? [{ type: 'COOPERATES_WITH', from: ids.hub, to: ids.partner(index), props: { topics }, quote }]
            : []),
        ];
      }),
      ...range(SHARED_AGREEMENTS).flatMap((index) => [
        { type: 'PARTY_TO', from: ids.pairX, to: ids.pairAgreement(index), props: done, quote },
        { type: 'PARTY_TO', from: ids.pairY, to: ids.pairAgreement(index), props: done, quote },
      ]),
      // Inside country B, and between A and B.
      { type: 'COOPERATES_WITH', from: ids.partner(0), to: ids.partner(1), props: { topics }, quote },
      {
        type: 'COOPERATES_WITH',
        from: ids.partner(IN_COUNTRY_B),
        to: ids.partner(0),
        props: { topics },
        quote,
      },
    ],
  };
}

export const BIG_NODES = 1_500;
/** A note long enough that 1,500 of these nodes make more than 2 MB of JSON. */
const LONG_NOTE = 'This note is long on purpose, to make the answer large. '.repeat(28);

/** Many nodes with long properties, all cited by one source: answers about them exceed 2 MB. */
export function bigDocument() {
  return {
    source: source(ids.bigSource),
    nodes: range(BIG_NODES).map((index) => ({
      id: ids.big(index),
      label: 'Organisation',
      name: `Big ${index} ${run}`,
      props: { note: LONG_NOTE },
      quote,
    })),
    relationships: range(BIG_NODES - 1).map((index) => ({
      type: 'COOPERATES_WITH',
      from: ids.big(index),
      to: ids.big(index + 1),
      props: { note: LONG_NOTE },
      quote,
    })),
  };
}

/** Imports the fixture through the app, as an analyst would (POST /api/import with the token). */
export async function importBoundedFixture(app: TestApp, token: string): Promise<void> {
  const auth = { authorization: `Bearer ${token}` };
  for (const document of [hubDocument(), bigDocument()]) {
    const response = await app.post('/api/import', document, auth);
    if (response.status !== 201) {
      throw new Error(
        `The fixture import answered ${response.status}: ${JSON.stringify(response.body).slice(0, 500)}`,
      );
    }
  }
}

/** Removes this run's fixture (every id of it ends with the run). */
export async function removeBoundedFixture(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (n) WHERE n.id ENDS WITH $suffix DETACH DELETE n', { suffix: run });
}
