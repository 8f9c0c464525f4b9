// A citable brief of a path, a partnership or the selection: the picture (inline SVG) with its
// legend and caption, then each link and actor with its status, its quotes and each source's title,
// publisher, date and URL. One self-contained HTML file (no script, no external resource) that
// prints as it reads, so the same document is the HTML export and, printed, the PDF.
import { DONE_STATUSES } from '../../../seed/model/statuses.ts';
import type { Citation } from '../../../server/contract/common.ts';
import type { JsonValue, WireEdge, WireGraph, WireNode } from '../../../server/contract/graph.ts';
import { nodeName, text } from '../graph/elements.ts';
import type { Scene } from '../graph/scene.ts';
import { t } from '../i18n/i18n.ts';
import { citedSource, type SourceMeta } from '../sources/source-cache.ts';
import { xmlEscape as esc } from './graphml.ts';
import { type PictureNotes, toSvg } from './svg-export.ts';

export interface BriefInput {
  title: string;
  graph: WireGraph;
  scene: Scene;
  notes: PictureNotes;
  metadata: Map<string, SourceMeta>;
  language: string;
}

/** Citations of an element: its own sources and quotes, and for partnerships each evidence's. */
export function citationsOf(props: Record<string, JsonValue>, metadata: Map<string, SourceMeta>): Citation[] {
  const sources = Array.isArray(props.sources) ? props.sources : [];
  const quotes = Array.isArray(props.quotes) ? props.quotes : [];
  const own = sources.map((id, index) => ({ sourceId: String(id), quote: text(quotes[index]) ?? '' }));
  const evidence = Array.isArray(props.evidence) ? props.evidence : [];
  const fromEvidence = evidence.flatMap((item) => {
    if (!item || typeof item !== 'object' || Array.isArray(item) || !Array.isArray(item.citations)) return [];
    return item.citations.flatMap((citation) =>
      citation &&
      typeof citation === 'object' &&
      !Array.isArray(citation) &&
      typeof citation.sourceId === 'string'
        ? [{ sourceId: citation.sourceId, quote: text(citation.quote) ?? '' }]
        : [],
    );
  });
  const seen = new Set<string>();
  return [...own, ...fromEvidence]
    .filter((citation) => {
      const key = `${citation.sourceId}\u0000${citation.quote}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((citation) => {
      const meta = metadata.get(citation.sourceId);
      return {
        ...citation,
        source: meta ? citedSource(meta) : null,
      };
    });
}

/** The status line: a plan, an announcement or a cancellation is said to be one, never shown as a fact. */
function statusOf(props: Record<string, JsonValue>): string {
  const status = text(props.status);
  if (!status) return '';
  const done = (DONE_STATUSES as readonly string[]).includes(status);
  const note = done ? '' : ` — ${t('brief.notFact')}`;
  return `<p class="status ${done ? 'done' : 'not-fact'}" data-status="${esc(status)}">${esc(t('brief.status', { status }))}${esc(note)}</p>`;
}

function citationHtml(citation: Citation): string {
  const source = citation.source;
  const date = source?.published
    ? `${source.published}${source.publishedInferred ? ` (${t('export.dateInferred')})` : ''}`
    : '';
  const where = [source?.publisher, date].filter(Boolean).join(', ');
  const url = source?.url ? ` <a href="${esc(source.url)}">${esc(source.url)}</a>` : '';
  return `<li class="citation"><blockquote>${esc(citation.quote)}</blockquote><p class="source"><cite>${esc(source?.title ?? citation.sourceId)}</cite>${where ? ` — ${esc(where)}` : ''}${url}</p></li>`;
}

function dates(props: Record<string, JsonValue>): string {
  const parts = ['date', 'since', 'start', 'end', 'until']
    .map((key) => [key, text(props[key])] as const)
    .filter(([, value]) => value);
  return parts.length
    ? `<p class="dates">${parts.map(([key, value]) => `${esc(key)}: ${esc(value ?? '')}`).join(' · ')}</p>`
    : '';
}

function section(
  kind: 'edge' | 'node',
  heading: string,
  props: Record<string, JsonValue>,
  metadata: Map<string, SourceMeta>,
  id: string,
): string {
  const citations = citationsOf(props, metadata);
  const list = citations.length
    ? `<ol class="citations">${citations.map(citationHtml).join('')}</ol>`
    : `<p class="hint">${esc(t('brief.noQuote'))}</p>`;
  return `<article class="${kind}" data-id="${esc(id)}"><h3>${esc(heading)}</h3>${statusOf(props)}${dates(props)}${list}</article>`;
}

const STYLE = `
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#111827;max-width:54rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #cbd5e1}h3{font-size:1rem;margin:1rem 0 .25rem}
.meta,.hint{color:#475569;font-size:.9rem}figure{margin:1rem 0}figure svg{max-width:100%;height:auto;border:1px solid #e5e7eb}
figcaption{font-size:.9rem;color:#334155}blockquote{margin:.25rem 0;padding:.25rem .75rem;border-left:3px solid #94a3b8;font-style:italic}
.citations{padding-left:1.2rem}.source{margin:.1rem 0 .6rem;font-size:.9rem}.status{font-weight:600}.status.not-fact{color:#b45309}
article{break-inside:avoid}a{color:#1d4ed8;word-break:break-all}
@media print{body{margin:0;max-width:none}@page{margin:16mm}figure{break-inside:avoid}a{color:inherit}}
`;

export function briefHtml(input: BriefInput): string {
  const names = new Map(input.graph.nodes.map((node) => [node.id, nodeName(node)]));
  const edgeHeading = (edge: WireEdge) =>
    `${names.get(edge.source) ?? edge.source} — ${edge.type} — ${names.get(edge.target) ?? edge.target}`;
  const svg = toSvg(input.scene, input.notes).replace(/^<\?xml[^>]*>\s*/, '');
  const edges = input.graph.edges.map((edge) =>
    section('edge', edgeHeading(edge), edge.properties, input.metadata, edge.id),
  );
  const nodes = input.graph.nodes.map((node: WireNode) =>
    section(
      'node',
      `${nodeName(node)} (${t(`label.${node.labels.find((label) => label !== 'Entity') ?? 'Entity'}`)})`,
      node.properties,
      input.metadata,
      node.id,
    ),
  );
  const generated = new Date().toISOString().slice(0, 16).replace('T', ' ');
  return `<!doctype html>
<html lang="${esc(input.language)}">
<head><meta charset="utf-8"><title>${esc(input.title)}</title><style>${STYLE}</style></head>
<body>
<header><h1>${esc(input.title)}</h1><p class="meta">${esc(t('brief.generated', { date: `${generated} UTC` }))}</p></header>
<figure>${svg}<figcaption>${esc(input.notes.caption ?? '')}</figcaption></figure>
<h2>${esc(t('brief.links'))}</h2>
${edges.join('\n') || `<p class="hint">${esc(t('brief.none'))}</p>`}
<h2>${esc(t('brief.actors'))}</h2>
${nodes.join('\n')}
<h2>${esc(t('brief.sources'))}</h2>
<ul>${(input.notes.sources ?? []).map((line) => `<li>${esc(line)}</li>`).join('')}</ul>
</body>
</html>
`;
}
