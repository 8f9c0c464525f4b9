// The review screen, in the side panel's "Review" tab: the open drafts, and for the draft under
// review its source fields, the article with its mentions, the candidates' table and the actions
// (commit, discard). Every decision is saved on the server at once (a reload resumes the review);
// the canvas previews what a commit would add. Nothing is written to the graph before commit.
import './review.css';
import type { WireGraph, WireNode } from '../../../server/contract/graph.ts';
import type { ApiClient } from '../api/api-client.ts';
import { ApiError } from '../api/api-error.ts';
import { onLanguageChange, t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';
import { attempt, showError, showInfo } from '../ui/toast.ts';
import { openAddSource } from './add-source-dialog.ts';
import { ArticleView } from './article-view.ts';
import { candidateEditor, sameAsPicker } from './candidate-editor.ts';
import { candidateTable } from './candidate-table.ts';
import { draftList } from './draft-list.ts';
import type { CandidateUpdate, Decision, Draft } from './draft-types.ts';
import { DraftsApi } from './drafts-api.ts';
import { committedNodeIds, previewGraph } from './preview-graph.ts';
import { reviewHead } from './review-head.ts';
import { VocabularySource } from './vocabulary.ts';

/** The draft under review survives a reload of the tab (the draft itself is kept by the server). */
const CURRENT_KEY = 'cge.reviewDraft';

/** What the review needs of the explorer: the canvas through its narrow interface, and the panels. */
export interface ReviewDeps {
  api: ApiClient;
  preview: { showPreview(graph: WireGraph): Promise<void>; clearPreview(): void };
  /** Adds committed facts to the canvas with their links (the expander's path). */
  addGraph(graph: WireGraph): Promise<string[]>;
  /** Selects a node and shows its details (citations included). */
  showDetails(id: string): void;
  /** Brings the review tab forward. */
  reveal(): void;
}

type Editing = { id: string; mode: 'edit' | 'sameAs' } | null;

export class ReviewPanel {
  private readonly drafts: DraftsApi;
  private readonly article: ArticleView;
  private draft: Draft | null = null;
  private selected: string | null = null;
  private editing: Editing = null;
  private readonly vocabulary: VocabularySource;

  constructor(
    private readonly root: HTMLElement,
    private readonly deps: ReviewDeps,
  ) {
    this.drafts = new DraftsApi(deps.api);
    this.vocabulary = new VocabularySource(deps.api);
    this.article = new ArticleView((id) => this.select(id, 'article'));
    this.root.classList.add('review-panel');
    // The screen is drawn in code, not with data-i18n: a language switch draws it again.
    onLanguageChange(() => {
      if (this.draft) this.render();
      else if (this.root.childElementCount > 0) void this.showList();
    });
  }

  /** "Add a source": the form, then the new draft under review. */
  async addSource(): Promise<void> {
    const draft = await openAddSource(this.drafts);
    if (draft) this.open(draft);
  }

  /** Shows the draft under review (after a reload too), else the open drafts. */
  async show(): Promise<void> {
    if (this.draft) return this.render();
    const current = sessionStorage.getItem(CURRENT_KEY);
    if (current) {
      const draft = await attempt(() => this.drafts.get(current), t('review.loadFailed'));
      if (draft) return this.open(draft);
      sessionStorage.removeItem(CURRENT_KEY);
    }
    await this.showList();
  }

  private async showList(): Promise<void> {
    this.draft = null;
    this.deps.preview.clearPreview();
    const add = h(
      'button',
      { type: 'button', class: 'primary', 'data-testid': 'review-add-source' },
      t('review.addSource'),
    );
    add.addEventListener('click', () => void this.addSource());
    const load = h(
      'button',
      { type: 'button', 'data-testid': 'review-drafts-load' },
      t('review.drafts.load'),
    );
    const list = h('div', {});
    const refresh = async () => {
      const drafts = await attempt(() => this.drafts.list(), t('review.drafts.loadFailed'));
      if (drafts) list.replaceChildren(draftList(drafts, (id) => void this.resume(id)));
    };
    load.addEventListener('click', () => void refresh());
    this.root.replaceChildren(
      h('h2', {}, t('review.drafts.title')),
      h('div', { class: 'review-actions' }, add, load),
      list,
    );
    // Listing drafts needs write access: only ask the server when the tab has a token already.
    if (this.deps.api.writeToken.get()) await refresh();
  }

  private async resume(id: string): Promise<void> {
    const draft = await attempt(() => this.drafts.get(id), t('review.loadFailed'));
    if (draft) this.open(draft);
  }

  private open(draft: Draft): void {
    sessionStorage.setItem(CURRENT_KEY, draft.id);
    if (this.draft?.id !== draft.id) {
      this.selected = null;
      this.editing = null;
    }
    this.draft = draft;
    this.deps.reveal();
    this.render();
    this.vocabulary.load();
  }

  private close(): void {
    sessionStorage.removeItem(CURRENT_KEY);
    this.draft = null;
    void this.showList();
  }

  // --- Actions --------------------------------------------------------------------------------

  private select(id: string, from: 'article' | 'table'): void {
    this.selected = id;
    this.render();
    if (from === 'article') {
      const row = this.root.querySelector<HTMLElement>(`tr.candidate[data-candidate-id="${CSS.escape(id)}"]`);
      row?.scrollIntoView({ block: 'nearest' });
      row?.focus();
    } else {
      this.article.reveal(id);
    }
  }

  /** Saves changes on the server and re-draws with its answer (re-validated, issues attached). */
  private async save(body: Parameters<DraftsApi['update']>[1]): Promise<boolean> {
    const draft = this.draft;
    if (!draft) return false;
    const next = await attempt(() => this.drafts.update(draft.id, body), t('review.saveFailed'));
    if (!next) return false;
    this.draft = next;
    this.render();
    return true;
  }

  private decide(id: string, decision: Decision): void {
    void this.save({ candidates: [{ id, decision }] });
  }

  private async decideRest(decision: Decision): Promise<void> {
    const rest = this.draft?.candidates.filter((candidate) => candidate.decision === 'pending') ?? [];
    if (rest.length > 0) await this.save({ candidates: rest.map(({ id }) => ({ id, decision })) });
  }

  private async saveCandidate(change: CandidateUpdate): Promise<void> {
    if (await this.save({ candidates: [change] })) {
      this.editing = null;
      this.render();
    }
  }

  /** The server re-points the candidate's links to the actor and keeps it as a matched actor. */
  private async sameAs(id: string, node: WireNode): Promise<void> {
    this.editing = null;
    if (!(await this.save({ candidates: [{ id, sameAs: node.id, decision: 'accepted' }] }))) this.render();
  }

  private async commit(): Promise<void> {
    const draft = this.draft;
    if (!draft) return;
    const ids = committedNodeIds(draft);
    const firstNew = draft.candidates.find(
      (candidate) => candidate.kind === 'node' && candidate.decision === 'accepted' && !candidate.existingId,
    );
    let summary: Awaited<ReturnType<DraftsApi['commit']>>;
    try {
      summary = await this.drafts.commit(draft.id);
    } catch (error) {
      showError(error, t('review.commitFailed'));
      // A refused commit (422) names the candidates to fix: re-read the draft to show them on their rows.
      if (error instanceof ApiError && error.status === 422) {
        const fresh = await attempt(() => this.drafts.get(draft.id));
        if (fresh) this.open(fresh);
        showInfo(t('review.commitInvalid'));
      }
      return;
    }
    this.deps.preview.clearPreview();
    const title = draft.source.title;
    this.close();
    const { nodes, edges } = await this.deps.api.subgraph(ids);
    const graph = { nodes, edges };
    await this.deps.addGraph(graph);
    const shown = firstNew ? String(firstNew.record.id) : undefined;
    if (shown && graph.nodes.some((node) => node.id === shown)) this.deps.showDetails(shown);
    showInfo(t('review.committed', { nodes: summary.nodes, relationships: summary.relationships, title }));
  }

  private async discard(): Promise<void> {
    const draft = this.draft;
    if (!draft || !window.confirm(t('review.discardConfirm'))) return;
    await attempt(async () => {
      await this.drafts.discard(draft.id);
      this.close();
      showInfo(t('review.discarded'));
    });
  }

  // --- Drawing --------------------------------------------------------------------------------

  private editorFor(draft: Draft): { id: string; element: HTMLElement } | null {
    const editing = this.editing;
    const candidate = editing && draft.candidates.find((c) => c.id === editing.id);
    if (!editing || !candidate) return null;
    const cancel = () => {
      this.editing = null;
      this.render();
    };
    const element =
      editing.mode === 'sameAs'
        ? sameAsPicker(this.deps.api, (node) => void this.sameAs(candidate.id, node), cancel)
        : candidateEditor(candidate, {
            vocabulary: this.vocabulary.for(draft),
            selection: () => this.article.selection(),
            save: (record) => void this.saveCandidate({ id: candidate.id, record, decision: 'accepted' }),
            cancel,
          });
    return { id: candidate.id, element };
  }

  private render(): void {
    const draft = this.draft;
    if (!draft) return;
    const focus = this.focused();
    const selected = draft.candidates.find((candidate) => candidate.id === this.selected) ?? null;
    this.article.render(
      draft.text,
      draft.mentions,
      this.selected,
      selected ? { start: selected.quoteStart, end: selected.quoteEnd } : null,
    );
    const table = candidateTable(draft, this.selected, this.editorFor(draft), {
      select: (id) => this.select(id, 'table'),
      decide: (id, decision) => this.decide(id, decision),
      edit: (id) => {
        this.editing = { id, mode: 'edit' };
        this.render();
      },
      sameAs: (id) => {
        this.editing = { id, mode: 'sameAs' };
        this.render();
      },
    });
    this.root.replaceChildren(
      ...reviewHead(draft, {
        commit: () => void this.commit(),
        decideRest: (decision) => void this.decideRest(decision),
        discard: () => void this.discard(),
        back: () => this.close(),
        saveSource: (source) => void this.save({ source }),
      }),
      this.article.element,
      h('section', { class: 'review-table-wrap' }, h('h3', {}, t('review.candidates')), table),
    );
    this.refocus(focus);
    void attempt(() => this.deps.preview.showPreview(previewGraph(draft)));
  }

  /** Where the keyboard was (a row or one of its buttons), so a re-draw does not lose it. */
  private focused(): { candidateId: string; testId: string | null } | null {
    const active = document.activeElement as HTMLElement | null;
    const row = active?.closest<HTMLElement>('tr.candidate');
    if (!row || !this.root.contains(row)) return null;
    return {
      candidateId: row.dataset.candidateId ?? '',
      testId: active === row ? null : (active?.dataset.testid ?? null),
    };
  }

  private refocus(focus: ReturnType<ReviewPanel['focused']>): void {
    if (!focus) return;
    const row = this.root.querySelector<HTMLElement>(
      `tr.candidate[data-candidate-id="${CSS.escape(focus.candidateId)}"]`,
    );
    const target = focus.testId ? row?.querySelector<HTMLElement>(`[data-testid="${focus.testId}"]`) : row;
    target?.focus();
  }
}
