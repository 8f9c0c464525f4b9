// Common partners of two or more actors (GET /api/common-partners): the shared partners drawn on
// the canvas with the actors, highlighted, and listed with the evidence of every shared link (each
// quote with its source), the most evidenced first, page by page.
import type { CommonPartnersResponse, Evidence } from '../../../server/contract/api.ts';
import type { WireGraph, WireNode } from '../../../server/contract/graph.ts';
import type { ApiClient } from '../api/api-client.ts';
import { citationList } from '../details/citation-list.ts';
import type { GraphView } from '../graph/graph-view.ts';
import { plural, t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';

export interface CommonPartnersDeps {
  api: ApiClient;
  view: GraphView<unknown>;
  /** Brings a graph onto the canvas (the partnership view or the full one, as the mode is). */
  add(graph: WireGraph): Promise<unknown>;
}

const nameOf = (node: WireNode | undefined, id: string): string => String(node?.properties.name ?? id);

function evidenceItem(evidence: Evidence): HTMLElement {
  const heading = [evidence.name ?? evidence.type, evidence.date, evidence.status]
    .filter(Boolean)
    .join(' · ');
  return h(
    'li',
    { class: 'evidence', 'data-testid': 'common-evidence' },
    h('p', { class: 'evidence-heading' }, heading),
    citationList(evidence.citations),
  );
}

export class CommonPartnersPanel {
  readonly element = h('section', { class: 'common-partners', 'data-testid': 'common-partners' });
  private actors: string[] = [];
  private shown: CommonPartnersResponse['partners'] = [];

  constructor(private readonly deps: CommonPartnersDeps) {}

  /** Asks for the first page of the actors' common partners and shows it. */
  async show(ids: readonly string[]): Promise<void> {
    this.actors = [...new Set(ids)];
    this.shown = [];
    this.element.replaceChildren(h('p', { class: 'muted' }, t('common.loading')));
    await this.page(undefined);
  }

  private async page(cursor: string | null | undefined): Promise<void> {
    const response = await this.deps.api.commonPartners(this.actors, cursor ? { cursor } : {});
    await this.deps.add(response.graph);
    this.shown.push(...response.partners);
    const ids = [
      ...this.actors,
      ...this.shown.map((partner) => partner.node.id),
      ...response.graph.edges.map((edge) => edge.id),
    ];
    this.deps.view.highlight(ids);
    this.deps.view.fit(ids);
    this.render(response.total, response.nextCursor);
  }

  private render(total: number, nextCursor: string | null): void {
    const actorNames = new Map(this.actors.map((id) => [id, nameOf(this.deps.view.node(id), id)]));
    const more = nextCursor
      ? h('button', { type: 'button', 'data-testid': 'common-more' }, t('common.more'))
      : null;
    more?.addEventListener('click', () => void this.page(nextCursor));
    this.element.replaceChildren(
      h('h3', {}, t('commonPartners.title', { actors: [...actorNames.values()].join(', ') })),
      h(
        'p',
        { 'data-testid': 'common-count' },
        total === 0 ? t('commonPartners.none') : plural('commonPartners.count', total),
      ),
      h(
        'ol',
        { class: 'common-list' },
        this.shown.map((partner) =>
          h(
            'li',
            { 'data-testid': 'common-partner', 'data-node-id': partner.node.id },
            h('strong', {}, nameOf(partner.node, partner.node.id)),
            ` — ${plural('commonPartners.evidence', partner.evidenceCount)}`,
            partner.links.map((link) =>
              h(
                'div',
                { class: 'common-link', 'data-actor-id': link.actorId },
                h('p', {}, t('commonPartners.with', { actor: actorNames.get(link.actorId) ?? link.actorId })),
                h('ul', { class: 'evidence-list' }, link.evidence.map(evidenceItem)),
              ),
            ),
          ),
        ),
      ),
      more ?? '',
    );
  }
}
