// The partnership network as it stood at a date D: the partnerships whose evidence is in force on
// D (its stored span covers D: agreements signed and not ended, memberships current), each piece
// with the status that sources published by D reported (an MoU announced then, signed later, is
// "announced" as of a day between). Undated evidence is left out: nothing says it held at D.
// Sources written after D still place facts before it (an article of 2018 dates a 2015 signature),
// so they are not left out; only the status they report is read as of D.
import type { z } from 'zod';
import { passesStatusFilter, statusAsOf } from '../../seed/model/statuses.ts';
import { lastDay } from '../../seed/model/time-span.ts';
import type { AsOfResponse, asOfRequestSchema, Evidence } from '../contract/api.ts';
import type { Database } from '../database/database.ts';
import { partnerships } from '../partners/partners-service.ts';
import type { SourceCatalog } from '../sources/source-catalog.ts';

type AsOfRequest = z.infer<typeof asOfRequestSchema>;

export async function asOf(
  db: Database,
  catalog: SourceCatalog,
  request: AsOfRequest,
): Promise<AsOfResponse> {
  const day = lastDay(request.date);
  const restate = (evidence: Evidence): Evidence | null => {
    const status = statusAsOf(evidence.status, evidence.statusHistory, day);
    if (!passesStatusFilter(status, request.status)) return null;
    return { ...evidence, status: typeof status === 'string' ? status : null };
  };
  // The filter applies to the status as of D, so the query keeps every status.
  const { graph } = await partnerships(
    db,
    catalog,
    { since: request.date, until: request.date, includeUndated: false, status: 'all' },
    { restate },
  );
  return { date: request.date, graph };
}
