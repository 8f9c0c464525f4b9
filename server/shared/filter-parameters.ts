// The Cypher parameters of the shared predicates (cypher-fragments.ts): a date window as days and
// the status filter, computed by the model's own functions so the queries and the client agree.
import { type StatusFilter, statusFilterParameters } from '../../seed/model/statuses.ts';
import { type DateWindow, windowDays } from '../../seed/model/time-span.ts';

export function filterParameters(request: DateWindow & { status?: StatusFilter }) {
  return {
    ...windowDays({ since: request.since ?? null, until: request.until ?? null }),
    ...statusFilterParameters(request.status ?? 'all'),
  };
}
