// The ready questions of the first view, on the curated data: each runs an existing feature (the
// partnerships API, the paths panel, a read-only Cypher query) and shows its answer with citations.
import type { Evidence } from '../../../server/contract/api.ts';
import type { JsonValue, WireGraph, WireNode } from '../../../server/contract/graph.ts';
import type { ApiClient } from '../api/api-client.ts';
import { citationList } from '../details/citation-list.ts';
import type { GraphView } from '../graph/graph-view.ts';
import { plural, t } from '../i18n/i18n.ts';
import type { SourceCache } from '../sources/source-cache.ts';
import { h } from '../ui/dom.ts';

export interface QuestionDeps {
  api: ApiClient;
  sources: SourceCache;
  view: GraphView<unknown>;
  add(graph: WireGraph): Promise<unknown>;
  /** Switches the canvas to the full view (agreements, events and people drawn), if not in it. */
  fullView(): Promise<void>;
  /** Runs the paths panel between two actors and shows it. */
  findPaths(from: WireNode, to: WireNode): Promise<void>;
}

export interface ReadyQuestion {
  id: string;
  labelKey: string;
  /** Renders the answer into `into`; the canvas shows it highlighted. */
  answer(deps: QuestionDeps, into: HTMLElement): Promise<void>;
}

/** Curated ids (seed/data): Kumamoto Prefecture, the Wisconsin delegation of 2025, Occitanie, Japan. */
export const KUMAMOTO = 'kumamoto-prefecture';
export const WISCONSIN_DELEGATION = 'wisconsin-delegation-bfc-2025';
export const OCCITANIE = 'region-occitanie';
export const JAPAN = 'place-japan';

const nameOf = (node: WireNode): string => String(node.properties.name ?? node.id);

const isEvidence = (value: JsonValue): boolean =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Array.isArray(value.citations);

function evidenceOf(props: Record<string, JsonValue>): Evidence[] {
  const raw = Array.isArray(props.evidence) ? props.evidence : [];
  return raw.filter(isEvidence) as unknown as Evidence[];
}

const evidenceHeading = (evidence: Evidence) =>
  [evidence.name ?? evidence.type, evidence.date, evidence.status].filter(Boolean).join(' · ');

/** "Who works with Kumamoto?": its partnerships, each partner with the evidence and its quotes. */
const kumamotoPartners: ReadyQuestion = {
  id: 'kumamoto',
  labelKey: 'questions.kumamoto',
  async answer(deps, into) {
    const response = await deps.api.partnerships({ ids: [KUMAMOTO] });
    const { graph } = response;
    await deps.add(graph);
    const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
    const partners = graph.edges
      .map((edge) => ({ edge, partner: nodes.get(edge.source === KUMAMOTO ? edge.target : edge.source) }))
      .filter(
        (entry): entry is { edge: typeof entry.edge; partner: WireNode } => entry.partner !== undefined,
      );
    const ids = [KUMAMOTO, ...partners.flatMap(({ edge, partner }) => [edge.id, partner.id])];
    deps.view.highlight(ids);
    deps.view.fit(ids);
    into.replaceChildren(
      h('p', { 'data-testid': 'answer-summary' }, plural('questions.kumamotoAnswer', partners.length)),
      h(
        'ol',
        { class: 'answer-list' },
        partners.map(({ edge, partner }) =>
          h(
            'li',
            { 'data-testid': 'answer-item', 'data-node-id': partner.id },
            h('strong', {}, nameOf(partner)),
            h(
              'ul',
              { class: 'evidence-list' },
              evidenceOf(edge.properties).map((evidence) =>
                h(
                  'li',
                  {},
                  h('p', { class: 'evidence-heading' }, evidenceHeading(evidence)),
                  citationList(evidence.citations),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  },
};

/** "How is the Wisconsin delegation connected to Kumamoto?": the paths panel, hop by hop. */
const wisconsinToKumamoto: ReadyQuestion = {
  id: 'wisconsin-kumamoto',
  labelKey: 'questions.wisconsinKumamoto',
  async answer(deps, into) {
    const [from, to] = await Promise.all([deps.api.node(WISCONSIN_DELEGATION), deps.api.node(KUMAMOTO)]);
    await deps.fullView();
    into.replaceChildren(h('p', { 'data-testid': 'answer-summary' }, t('questions.pathsAnswer')));
    await deps.findPaths(from.node, to.node);
  },
};

/** The Cypher behind "What did Occitanie sign with Japan?", shown with the answer. */
export const OCCITANIE_JAPAN_QUERY = `MATCH path = (region:Organisation {id: $region})-[:PARTY_TO]->(agreement:Agreement)
      <-[:PARTY_TO]-(partner:Organisation {derivedCountryId: $country})
RETURN path, agreement.name AS agreement, partner.name AS partner, agreement.date AS date
ORDER BY date`;

/** "What did Occitanie sign with Japan?": the agreements it is party to with a Japanese party. */
const occitanieWithJapan: ReadyQuestion = {
  id: 'occitanie-japan',
  labelKey: 'questions.occitanieJapan',
  async answer(deps, into) {
    const result = await deps.api.cypher(OCCITANIE_JAPAN_QUERY, { region: OCCITANIE, country: JAPAN });
    await deps.fullView();
    await deps.add(result.graph);
    const agreements = result.graph.nodes.filter((node) => node.labels.includes('Agreement'));
    const ids = [...result.graph.nodes.map((node) => node.id), ...result.graph.edges.map((edge) => edge.id)];
    deps.view.highlight(ids);
    deps.view.fit(ids);
    const partnersOf = (agreementId: string) =>
      result.rows
        .filter((row) => row.agreement === nameOfId(result.graph, agreementId))
        .map((row) => String(row.partner));
    const items = await Promise.all(
      agreements.map(async (agreement) =>
        h(
          'li',
          { 'data-testid': 'answer-item', 'data-node-id': agreement.id },
          h('strong', {}, nameOf(agreement)),
          ` — ${[agreement.properties.date, agreement.properties.status, ...new Set(partnersOf(agreement.id))].filter(Boolean).join(' · ')}`,
          citationList(await deps.sources.citationsOf(agreement.properties)),
        ),
      ),
    );
    into.replaceChildren(
      h('p', { 'data-testid': 'answer-summary' }, plural('questions.occitanieAnswer', agreements.length)),
      h('ol', { class: 'answer-list' }, items),
      h(
        'details',
        {},
        h('summary', {}, t('questions.cypherBehind')),
        h('pre', { class: 'answer-query' }, OCCITANIE_JAPAN_QUERY),
      ),
    );
  },
};

function nameOfId(graph: WireGraph, id: string): JsonValue | undefined {
  return graph.nodes.find((node) => node.id === id)?.properties.name;
}

export const READY_QUESTIONS: readonly ReadyQuestion[] = [
  kumamotoPartners,
  wisconsinToKumamoto,
  occitanieWithJapan,
];
