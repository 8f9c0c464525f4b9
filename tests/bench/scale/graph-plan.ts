// The skeleton of a generated cooperation graph: which nodes exist, which relationships join them and
// which source states each record. Relationships are kept as parallel number arrays, not objects, so
// a million of them fit in a few tens of megabytes; texts and properties are made later, per document.
import { COUNTRIES, companyName, personName, placeName, topicNames } from './generated-names.ts';
import { type GraphPlan, PlanBuilder, type PlannedNode, randomDate, type ScaleSize } from './plan-builder.ts';
import { planSources, planTerritories } from './plan-territories.ts';
import { SeededRandom, ZipfSampler } from './seeded-random.ts';

export {
  type GraphPlan,
  PLANNED_TYPES,
  type PlannedNode,
  type PlannedSource,
  type PlannedType,
  randomDate,
  type ScaleSize,
} from './plan-builder.ts';

/** Plans the nodes and relationships of a graph of the given size, all drawn from `seed`. */
export function planGraph(size: ScaleSize, seed: number): GraphPlan {
  const root = new SeededRandom(seed);
  const sources = planSources(root.fork(1), size.sources);
  const sourceSampler = new ZipfSampler(sources.length, 1, 2);
  const sourceRandom = root.fork(2);
  const b = new PlanBuilder(root.fork(3), () => sourceSampler.draw(sourceRandom));
  const r = b.random;

  const { countryPlaces, topLevelAuthorities, cityPlaces, governed } = planTerritories(b, size);
  const countryCount = countryPlaces.length;

  // The other organisations, each in a city.
  const otherKinds = [
    ['cluster', 0.15],
    ['company', 0.45],
    ['university', 0.2],
    ['research-institute', 0.15],
    ['agency', 0.05],
  ] as const;
  const clusters: number[] = [];
  const agencies: number[] = [];
  const located: [number, number][] = [];
  for (let i = 0; i < size.otherOrganisations; i++) {
    const roll = r.next();
    let acc = 0;
    const kind =
      otherKinds.find(([, share]) => {
        acc += share;
        return roll < acc;
      })?.[0] ?? 'company';
    const city = r.pick(cityPlaces);
    const cityNode = b.nodes[city] as PlannedNode;
    const base = cityNode.name;
    const fr = cityNode.lang === 'fr';
    const names: Record<typeof kind, [string, string]> = {
      cluster: [`Pôle ${placeName(r, cityNode.lang)} ${base}`, `${base} Innovation Cluster`],
      company: [companyName(r, cityNode.lang, placeName(r, cityNode.lang)), ''],
      university: [`Université de ${base}`, `University of ${base}`],
      'research-institute': [`Institut de recherche de ${base}`, `${base} Research Institute`],
      agency: [`Agence de développement de ${base}`, `${base} Development Agency`],
    };
    const [name, nameEn] = names[kind];
    const node = b.addNode({
      label: 'Organisation',
      name: fr || !nameEn ? name : nameEn,
      ...(nameEn && fr ? { nameEn } : {}),
      kind,
      lang: cityNode.lang,
      country: cityNode.country,
      props:
        kind === 'company' || kind === 'cluster' ? { founded: randomDate(r, 1960, 2024).slice(0, 4) } : {},
    });
    if (kind === 'cluster') clusters.push(node);
    if (kind === 'agency') agencies.push(node);
    located.push([node, city]);
  }
  const organisations = b.nodes.flatMap((node, i) => (node.label === 'Organisation' ? [i] : []));

  const people: number[] = [];
  for (let i = 0; i < size.people; i++) {
    const c = r.chance(0.5) ? 0 : r.int(0, countryCount - 1);
    const lang = (COUNTRIES[c] as (typeof COUNTRIES)[number]).lang;
    people.push(b.addNode({ label: 'Person', name: personName(r, lang), lang, country: c, props: {} }));
  }

  const topics = topicNames(size.topics).map(([name, nameEn]) =>
    b.addNode({ label: 'Topic', name, nameEn, lang: 'fr', country: 0, props: {} }),
  );

  const agreements: number[] = [];
  const agreementKinds = [
    ['memorandum-of-understanding', 'Protocole d’entente', 'Memorandum of understanding'],
    ['twinning', 'Jumelage', 'Twinning'],
    ['cooperation-agreement', 'Accord de coopération', 'Cooperation agreement'],
  ] as const;
  for (let i = 0; i < size.agreements; i++) {
    const [kind, nameFr, nameEn] = r.pick(agreementKinds);
    const roll = r.next();
    const status = roll < 0.7 ? 'signed' : roll < 0.8 ? 'renewed' : roll < 0.9 ? 'ended' : 'announced';
    const date = randomDate(r, 1990, 2026);
    const props: Record<string, string> = { date, status };
    if (status === 'ended')
      props.end = randomDate(r, Number(date.slice(0, 4)) + 1, Math.max(Number(date.slice(0, 4)) + 1, 2026));
    agreements.push(
      b.addNode({
        label: 'Agreement',
        name: `${nameFr} n° ${i + 1}`,
        nameEn: `${nameEn} no. ${i + 1}`,
        kind,
        lang: 'fr',
        country: 0,
        props,
      }),
    );
  }

  const events: number[] = [];
  const eventKinds = [
    ['mission', 'Mission économique', 'Trade mission'],
    ['visit', 'Visite officielle', 'Official visit'],
    ['forum', 'Forum de la coopération', 'Cooperation forum'],
    ['trade-fair', 'Salon international', 'International fair'],
  ] as const;
  for (let i = 0; i < size.events; i++) {
    const [kind, nameFr, nameEn] = r.pick(eventKinds);
    const start = randomDate(r, 2000, 2027);
    const roll = r.next();
    const status =
      start >= '2026-12' ? (roll < 0.9 ? 'planned' : 'cancelled') : roll < 0.95 ? 'held' : 'cancelled';
    const city = b.nodes[r.pick(cityPlaces)] as PlannedNode;
    events.push(
      b.addNode({
        label: 'Event',
        name: `${nameFr} à ${city.name} (${start.slice(0, 4)})`,
        nameEn: `${nameEn} to ${city.name} (${start.slice(0, 4)})`,
        kind,
        lang: city.lang,
        country: city.country,
        props: { start, status },
      }),
    );
  }

  const programmes: number[] = [];
  for (let i = 0; i < size.programmes; i++) {
    const [name, nameEn] = r.pick(topicNames(12));
    programmes.push(
      b.addNode({
        label: 'Programme',
        name: `Programme ${name.toLowerCase()} n° ${i + 1}`,
        nameEn: `${nameEn} programme no. ${i + 1}`,
        lang: 'fr',
        country: 0,
        props: { start: randomDate(r, 2005, 2026).slice(0, 4) },
      }),
    );
  }
  b.sealNodes();

  // Degrees: hubs are the first top-level authorities (a French region, a prefecture, a state…);
  // everyone else draws partners from a Zipf tail that stays well below the hubs.
  const hubs = roundRobinByCountry(topLevelAuthorities, b.nodes).slice(0, size.hubs);
  const hubSet = new Set(hubs);
  const tail = shuffled(
    organisations.filter((i) => !hubSet.has(i)),
    r,
  );
  const tailSampler = new ZipfSampler(tail.length, 1, size.tailOffset);
  const partner = () => tail[tailSampler.draw(r)] as number;
  const any = (list: number[]) => r.pick(list);

  for (const [from, to] of governed) {
    const node = b.nodes[from] as PlannedNode;
    b.addRel(node.label === 'Place' ? 'PART_OF' : 'GOVERNS', from, to);
  }
  for (const [from, to] of located) b.addRel('LOCATED_IN', from, to);
  for (const person of people) b.addRel('HOLDS_ROLE', person, partner());
  for (const [i, agreement] of agreements.entries()) {
    const parties = r.int(2, 4);
    for (let p = 0; p < parties; p++) b.addRel('PARTY_TO', partner(), agreement);
    b.addRel('CONCERNS', agreement, any(topics));
    if (r.chance(0.5)) b.addRel('CONCERNS', agreement, any(topics));
    if (people.length > 0 && r.chance(0.3)) b.addRel('SIGNED', any(people), agreement);
    if (agencies.length > 0 && r.chance(0.1)) b.addRel('FACILITATED', any(agencies), agreement);
    const node = b.nodes[agreement] as PlannedNode;
    if (node.props.status === 'renewed' && i > 0)
      b.addRel('RENEWS', agreement, agreements[r.int(0, i - 1)] as number);
  }
  for (const event of events) {
    b.addRel('ORGANISED', partner(), event);
    b.addRel('HELD_IN', event, any(cityPlaces));
    const participants = r.int(2, 8);
    for (let p = 0; p < participants; p++) {
      b.addRel('PARTICIPATED_IN', people.length > 0 && r.chance(0.3) ? any(people) : partner(), event);
    }
    if (people.length > 0 && r.chance(0.5)) b.addRel('LED', any(people), event);
    const kind = (b.nodes[event] as PlannedNode).kind;
    if (kind === 'visit' || kind === 'mission') {
      const visits = r.int(1, 3);
      for (let v = 0; v < visits; v++) b.addRel('VISITED', event, partner());
    }
    if (r.chance(0.3)) b.addRel('HOSTED', partner(), event);
    b.addRel('CONCERNS', event, any(topics));
  }
  for (const programme of programmes) {
    b.addRel('RUNS', partner(), programme);
    const members = r.int(3, 10);
    for (let m = 0; m < members; m++) b.addRel('PARTICIPATED_IN', partner(), programme);
    b.addRel('SUPPORTS', partner(), programme);
  }
  const clusterMembers = organisations.filter((i) => !clusters.includes(i) && !hubSet.has(i));
  if (clusters.length > 0) {
    for (const org of clusterMembers) {
      const kind = (b.nodes[org] as PlannedNode).kind;
      if (kind === 'company' || kind === 'university' || kind === 'research-institute') {
        b.addRel('MEMBER_OF', org, any(clusters));
      }
    }
  }

  // Hubs: cooperation with many partners and a party to many agreements, up to hubDegree links.
  for (const hub of hubs) {
    let links = 0;
    for (let tries = 0; links < size.hubDegree && tries < size.hubDegree * 4; tries++) {
      const added =
        agreements.length > 0 && r.chance(0.4)
          ? b.addRel('PARTY_TO', hub, any(agreements))
          : b.addRel('COOPERATES_WITH', hub, partner());
      if (added) links++;
    }
  }

  // The rest of the budget: cooperation, clusters and participation along the Zipf tail.
  for (let tries = 0; b.relationshipCount < size.relationships && tries < size.relationships * 4; tries++) {
    const roll = r.next();
    if (roll < 0.6) b.addRel('COOPERATES_WITH', partner(), partner());
    else if (roll < 0.7 && clusters.length > 0) b.addRel('MEMBER_OF', partner(), any(clusters));
    else if (events.length > 0) b.addRel('PARTICIPATED_IN', partner(), any(events));
  }

  return {
    seed,
    nodes: b.nodes,
    sources,
    relFrom: b.relFrom,
    relTo: b.relTo,
    relType: b.relType,
    relSource: b.relSource,
    hubs,
  };
}

/** A French region, a Japanese prefecture, a US state, then the next of each: hubs in every country. */
function roundRobinByCountry(candidates: number[], nodes: PlannedNode[]): number[] {
  const byCountry = new Map<number, number[]>();
  for (const i of candidates) {
    const country = nodes[i]?.country ?? 0;
    byCountry.set(country, [...(byCountry.get(country) ?? []), i]);
  }
  const queues = [...byCountry.values()];
  const order: number[] = [];
  for (let round = 0; order.length < candidates.length; round++) {
    for (const queue of queues) if (queue[round] !== undefined) order.push(queue[round] as number);
  }
  return order;
}

function shuffled<T>(items: T[], random: SeededRandom): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
