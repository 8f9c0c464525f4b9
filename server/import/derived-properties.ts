// Properties computed from the graph after an import, for queries that could not afford to
// compute them per request: each organisation's country (the overview groups by it).
import type { Database } from '../database/database.ts';

/**
 * Recomputes the derived properties over the whole graph, in its own write transaction. Run after
 * an import has written (and, for a batched import, published) its data: the derivation reads
 * committed chains of places. It is idempotent, so a failure is repaired by the next run.
 */
export async function deriveProperties(db: Database): Promise<{ countriesUpdated: number }> {
  return db.writeTransaction(async (tx) => {
    const result = await tx.run(db.queries.get('deriveOrganisationCountries'));
    const updated = result.records[0]?.get('updated');
    return { countriesUpdated: typeof updated === 'number' ? updated : Number(updated ?? 0) };
  }, 'derive properties');
}
