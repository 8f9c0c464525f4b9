// What is computed from the graph after an import, for queries that could not afford to compute
// it per request: each organisation's country (the overview groups by it), each source's counts of
// facts (the sources list and a source's page of facts read them), then the precomputed
// unfiltered whole-graph views (see partners/derived-summaries.ts), which read those countries.
import type { Database } from '../database/database.ts';
import { type RunQuery, SUMMARY_STEPS } from '../partners/derived-summaries.ts';

/** The derivations in order, each one unit of work (a transaction of its own). */
export const DERIVATION_STEPS: ((run: RunQuery) => Promise<unknown>)[] = [
  (run) => run('deriveOrganisationCountries', {}),
  (run) => run('deriveSourceCounts', {}),
  ...SUMMARY_STEPS,
];

/**
 * Recomputes the derived properties over the whole graph. Run after an import has written (and,
 * for a batched import, published) its data: it reads committed chains of places. Every step is
 * idempotent, so a failure is repaired by the next run.
 */
export async function deriveProperties(db: Database): Promise<void> {
  for (const step of DERIVATION_STEPS) {
    await db.writeTransaction(
      (tx) => step((name, params) => tx.run(db.queries.get(name), params)),
      'derive properties',
    );
  }
}
