// The drafts endpoints, through the app's one API client: writes carry the tab's write token (and
// ask for it once); reading drafts needs the same access, so reads send the token too.
import type { ApiClient } from '../api/api-client.ts';
import type {
  CommitDraftResponse,
  CreateDraftRequest,
  Draft,
  DraftSummary,
  UpdateDraftRequest,
} from './draft-types.ts';

const path = (id: string) => `/drafts/${encodeURIComponent(id)}`;

export class DraftsApi {
  constructor(private readonly api: ApiClient) {}

  create(body: CreateDraftRequest): Promise<Draft> {
    return this.api.write<Draft>('POST', '/drafts', body);
  }

  /** Reads need write access: without a token in the tab, the analyst is asked for it first. */
  private async token(): Promise<void> {
    if (!this.api.writeToken.get()) await this.api.writeToken.obtain('missing');
  }

  async list(): Promise<DraftSummary[]> {
    await this.token();
    const answer = await this.api.read<{ drafts: DraftSummary[] }>('/drafts', { withWriteToken: true });
    return answer.drafts;
  }

  async get(id: string): Promise<Draft> {
    await this.token();
    return this.api.read<Draft>(path(id), { withWriteToken: true });
  }

  update(id: string, body: UpdateDraftRequest): Promise<Draft> {
    return this.api.write<Draft>('PUT', path(id), body);
  }

  commit(id: string): Promise<CommitDraftResponse> {
    return this.api.write<CommitDraftResponse>('POST', `${path(id)}/commit`);
  }

  discard(id: string): Promise<void> {
    return this.api.write<void>('DELETE', path(id));
  }
}
