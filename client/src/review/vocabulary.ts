// The labels and relationship types the edit form offers: the graph's (GET /api/schema, read once)
// plus those the draft's own candidates use. Read from the API rather than from the import schemas,
// which would bring zod's compiled checks into the page (refused by the Content-Security-Policy).
import type { ApiClient } from '../api/api-client.ts';
import { attempt } from '../ui/toast.ts';
import type { Vocabulary } from './candidate-editor.ts';
import type { Draft } from './draft-types.ts';

export class VocabularySource {
  private schema: Vocabulary = { labels: [], types: [] };
  private loading: Promise<void> | null = null;

  constructor(private readonly api: ApiClient) {}

  load(): void {
    this.loading ??= (async () => {
      const schema = await attempt(() => this.api.schema());
      if (!schema) return;
      this.schema = {
        labels: schema.labels.map((entry) => entry.label),
        types: schema.relationshipTypes.map((entry) => entry.type),
      };
    })();
  }

  for(draft: Draft): Vocabulary {
    const labels = new Set(this.schema.labels);
    const types = new Set(this.schema.types);
    for (const candidate of draft.candidates) {
      const { label, type } = candidate.record;
      if (typeof label === 'string') labels.add(label);
      if (typeof type === 'string') types.add(type);
    }
    return { labels: [...labels], types: [...types] };
  }
}
