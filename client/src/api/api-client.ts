// One typed client for the whole API. Every failure becomes an ApiError, which callers let reach
// the toast area (see ui/toast.ts); nothing here swallows an error.
import type { StatusFilter } from '../../../seed/model/statuses.ts';
import type {
  AsOfResponse,
  ChangesResponse,
  CommonPartnersResponse,
  CypherResponse,
  NeighboursResponse,
  NodeDetailsResponse,
  OverviewResponse,
  PartnershipsResponse,
  PathsResponse,
  SchemaResponse,
  SearchResponse,
  SourceDetailsResponse,
  SourcesResponse,
  SubgraphResponse,
  TimelineResponse,
} from '../../../server/contract/api.ts';
import { ApiError, errorFromResponse, isAbort } from './api-error.ts';
import { WriteTokenStore } from './write-token.ts';

type QueryValue = string | number | boolean | readonly string[] | undefined | null;
type Query = Record<string, QueryValue>;

export interface DateWindowQuery {
  since?: string;
  until?: string;
}

export interface NeighboursQuery {
  types?: readonly string[];
  labels?: readonly string[];
  direction?: 'out' | 'in' | 'both';
  limit?: number;
  skip?: number;
  groupAbove?: number;
}

export interface PathsQuery extends DateWindowQuery {
  from: string;
  to: string;
  mode: 'shortest' | 'all-shortest' | 'k';
  k?: number;
  maxHops?: number;
  /** Intermediate nodes with more links than this are avoided as generic hubs. */
  maxDegree?: number;
  types?: readonly string[];
  /** Labels no intermediate node may have; an empty list allows all. */
  avoid: readonly string[];
}

/** A page of a ranked list: `cursor` is the previous answer's `nextCursor`. */
export interface PageQuery {
  limit?: number;
  cursor?: string | null;
}

export interface PartnershipsQuery extends DateWindowQuery, PageQuery {
  ids?: readonly string[];
  /** An overview group: `country:<place id>` or `kind:<kind>` (`unknown` for the rest). */
  group?: string;
  topics?: readonly string[];
}

function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export class ApiClient {
  /**
   * "Reported as done" or "include planned", sent as `status` to every call that takes it, so the
   * panels need not carry it. 'all' is the API's default and is left out of the URL.
   */
  statusFilter: StatusFilter = 'all';

  /** The tab's write token; `write()` sends it and asks for it when the server wants one. */
  readonly writeToken = new WriteTokenStore();

  constructor(private readonly base = '/api') {}

  private status(): StatusFilter | undefined {
    return this.statusFilter === 'all' ? undefined : this.statusFilter;
  }

  private async request<T>(path: string, init: RequestInit = {}): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.base}${path}`, {
        ...init,
        headers: { accept: 'application/json', ...(init.headers ?? {}) },
      });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ApiError({
        status: 0,
        code: 'network',
        title: 'Network error',
        detail: `${path}: ${(error as Error).message}`,
      });
    }
    if (!response.ok) throw await errorFromResponse(response, path);
    // 204 No Content (a delete) has no body to parse.
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  /** A GET for features that keep their own endpoint wrappers (drafts, imports, views…). */
  read<T>(path: string, options: { signal?: AbortSignal; withWriteToken?: boolean } = {}): Promise<T> {
    const token = options.withWriteToken ? this.writeToken.get() : undefined;
    return this.request<T>(path, {
      signal: options.signal,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  }

  /**
   * A write, with the tab's write token. Without a token, or when the server refuses it (401), the
   * analyst is asked for one, once per call; cancelling ends the call with the server's refusal.
   * `body` is sent as JSON, or as is when it is already a string or a Blob (a file upload).
   */
  async write<T>(
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    body?: unknown,
    options: { signal?: AbortSignal; contentType?: string } = {},
  ): Promise<T> {
    const raw = typeof body === 'string' || body instanceof Blob;
    const send = (token: string | undefined) =>
      this.request<T>(path, {
        method,
        signal: options.signal,
        headers: {
          ...(body === undefined ? {} : { 'content-type': options.contentType ?? 'application/json' }),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: body === undefined ? undefined : raw ? (body as string | Blob) : JSON.stringify(body),
      });
    let token = await this.writeToken.obtain('missing');
    try {
      return await send(token);
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) throw error;
      token = await this.writeToken.obtain('refused');
      if (!token) throw error;
      return send(token);
    }
  }

  /**
   * A write that needs no token (saved views): the tab's write token goes along when it has one, so
   * the server records who saved it, but the analyst is never asked for one.
   */
  writeOpen<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const token = this.writeToken.get();
    return this.request<T>(path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  health(): Promise<unknown> {
    return this.request('/health');
  }

  search(q: string, options: { labels?: readonly string[]; limit?: number; signal?: AbortSignal } = {}) {
    const qs = queryString({ q, labels: options.labels, limit: options.limit });
    return this.request<SearchResponse>(`/search${qs}`, { signal: options.signal });
  }

  node(id: string) {
    return this.request<NodeDetailsResponse>(`/nodes/${encodeURIComponent(id)}`);
  }

  neighbours(id: string, query: NeighboursQuery = {}) {
    const qs = queryString({ ...query, status: this.status() });
    return this.request<NeighboursResponse>(`/nodes/${encodeURIComponent(id)}/neighbours${qs}`);
  }

  /** One page of partnerships, strongest first; follow `nextCursor` for more. */
  partnerships(query: PartnershipsQuery = {}) {
    return this.request<PartnershipsResponse>(
      `/partnerships${queryString({ ...query, status: this.status() })}`,
    );
  }

  /** The partnership network aggregated by country or kind: answers at any size. */
  overview(query: { groupBy?: 'country' | 'kind'; topics?: readonly string[] } & DateWindowQuery = {}) {
    return this.request<OverviewResponse>(
      `/partnerships/overview${queryString({ ...query, status: this.status() })}`,
    );
  }

  /** The given nodes and every relationship among them, in one request (at most 5,000 ids). */
  subgraph(ids: readonly string[], window: DateWindowQuery = {}) {
    return this.request<SubgraphResponse>('/subgraph', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ids, ...window, status: this.status() }),
    });
  }

  commonPartners(ids: readonly string[], window: DateWindowQuery & PageQuery = {}) {
    return this.request<CommonPartnersResponse>(
      `/common-partners${queryString({ ids, ...window, status: this.status() })}`,
    );
  }

  paths(query: PathsQuery) {
    const avoid = query.avoid.length === 0 ? 'none' : query.avoid;
    return this.request<PathsResponse>(`/paths${queryString({ ...query, avoid, status: this.status() })}`);
  }

  timeline(query: { ids?: readonly string[]; limit?: number } & DateWindowQuery = {}) {
    return this.request<TimelineResponse>(`/timeline${queryString({ ...query, status: this.status() })}`);
  }

  /** `cursor`: the `nextCursor` of the previous page, for the next strongest partnerships. */
  asOf(date: string, cursor?: string) {
    return this.request<AsOfResponse>(`/as-of${queryString({ date, status: this.status(), cursor })}`);
  }

  changes(window: { since: string; until: string }) {
    // What changed lists plans and outcomes alike: the change says which it is.
    return this.request<ChangesResponse>(`/changes${queryString({ ...window })}`);
  }

  schema() {
    return this.request<SchemaResponse>('/schema');
  }

  sources() {
    return this.request<SourcesResponse>('/sources');
  }

  source(id: string, page: PageQuery = {}) {
    return this.request<SourceDetailsResponse>(
      `/sources/${encodeURIComponent(id)}${queryString({ ...page })}`,
    );
  }

  cypher(query: string, params: Record<string, unknown> = {}) {
    return this.request<CypherResponse>('/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, params }),
    });
  }
}
