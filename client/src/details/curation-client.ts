// The details panel's calls for corrections and history: edits, deletions and retractions go
// through the API client's write(), which carries the tab's write token and asks for it once.
import type {
  AuditPage,
  DeleteElementResponse,
  EditElementResponse,
  RetractResponse,
} from '../../../server/contract/curation.ts';
import type { ApiClient } from '../api/api-client.ts';
import { ApiError } from '../api/api-error.ts';

export type EditValue = string | number | boolean | null;

const at = (id: string) => encodeURIComponent(id);

export class CurationClient {
  /** Whether each source has a full text to open, asked once per source. */
  private readonly texts = new Map<string, Promise<string | null>>();

  constructor(private readonly api: ApiClient) {}

  history(id: string): Promise<AuditPage> {
    return this.api.read<AuditPage>(`/elements/${at(id)}/history?limit=20`);
  }

  sourceHistory(sourceId: string): Promise<AuditPage> {
    return this.api.read<AuditPage>(`/sources/${at(sourceId)}/history?limit=20`);
  }

  edit(id: string, properties: Record<string, EditValue>, reason: string): Promise<EditElementResponse> {
    return this.api.write<EditElementResponse>('PATCH', `/elements/${at(id)}`, { properties, reason });
  }

  remove(id: string, reason: string): Promise<DeleteElementResponse> {
    return this.api.write<DeleteElementResponse>('DELETE', `/elements/${at(id)}`, { reason });
  }

  /** What a retraction would remove; nothing is written. */
  retractPreview(sourceId: string): Promise<RetractResponse> {
    return this.api.write<RetractResponse>('POST', `/sources/${at(sourceId)}/retract`, { dryRun: true });
  }

  retract(sourceId: string, reason: string): Promise<RetractResponse> {
    this.texts.delete(sourceId);
    return this.api.write<RetractResponse>('POST', `/sources/${at(sourceId)}/retract`, { reason });
  }

  /** The source's full text, or null when it was imported without one. */
  sourceText(sourceId: string): Promise<string | null> {
    let pending = this.texts.get(sourceId);
    if (!pending) {
      pending = this.api
        .read<{ sourceId: string; text: string }>(`/sources/${at(sourceId)}/text`)
        .then((answer) => answer.text)
        .catch((error) => {
          if (error instanceof ApiError && error.status === 404) return null;
          this.texts.delete(sourceId);
          throw error;
        });
      this.texts.set(sourceId, pending);
    }
    return pending;
  }
}
