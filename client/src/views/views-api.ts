// The saved views' and stories' endpoints, typed by the contract.
import type {
  SavedView,
  SavedViewSummary,
  Story,
  StoryInput,
  StoryList,
  ViewInput,
} from '../../../server/contract/views.ts';
import type { ApiClient } from '../api/api-client.ts';

const path = (kind: 'views' | 'stories', id?: string) =>
  id === undefined ? `/${kind}` : `/${kind}/${encodeURIComponent(id)}`;

export class ViewsApi {
  constructor(private readonly api: ApiClient) {}

  list(): Promise<{ views: SavedViewSummary[]; truncated: boolean }> {
    return this.api.read(path('views'));
  }
  get(id: string): Promise<SavedView> {
    return this.api.read(path('views', id));
  }
  create(input: ViewInput): Promise<SavedView> {
    return this.api.writeOpen('POST', path('views'), input);
  }
  update(id: string, input: ViewInput): Promise<SavedView> {
    return this.api.writeOpen('PUT', path('views', id), input);
  }
  remove(id: string): Promise<{ deleted: string }> {
    return this.api.writeOpen('DELETE', path('views', id));
  }
  stories(): Promise<StoryList> {
    return this.api.read(path('stories'));
  }
  story(id: string): Promise<Story> {
    return this.api.read(path('stories', id));
  }
  createStory(input: StoryInput): Promise<Story> {
    return this.api.writeOpen('POST', path('stories'), input);
  }
  removeStory(id: string): Promise<{ deleted: string }> {
    return this.api.writeOpen('DELETE', path('stories', id));
  }
}
