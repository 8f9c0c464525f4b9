// The drafts API's wire shapes (server/contract/drafts.ts), plus a typed reading of a candidate's
// record: the contract keeps records loose because a record under review may still be invalid.
import type { DraftCandidate } from '../../../server/contract/drafts.ts';

export type {
  CandidateUpdate,
  CommitDraftResponse,
  CreateDraftRequest,
  Draft,
  DraftCandidate as Candidate,
  DraftMention as Mention,
  DraftSourceInput,
  DraftSummary,
  UpdateDraftRequest,
} from '../../../server/contract/drafts.ts';

export type Decision = DraftCandidate['decision'];
export type DraftFormat = 'text' | 'markdown' | 'html';

/** The fields of a node or relationship record the review shows and edits. */
export interface RecordView {
  id: string;
  label: string;
  name: string;
  kind: string;
  type: string;
  from: string;
  to: string;
  quote: string;
  props: Record<string, unknown>;
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');

export function recordView(candidate: DraftCandidate): RecordView {
  const record = candidate.record;
  const props = record.props;
  return {
    id: str(record.id),
    label: str(record.label),
    name: str(record.name),
    kind: str(record.kind),
    type: str(record.type),
    from: str(record.from),
    to: str(record.to),
    quote: str(record.quote),
    props:
      props && typeof props === 'object' && !Array.isArray(props) ? (props as Record<string, unknown>) : {},
  };
}
