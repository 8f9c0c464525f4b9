// Every Cypher query of the server lives in cypher/<feature>/<name>.cypher and is named here.
// The registry reads them all once at start-up; a missing or empty file stops the server.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../seed/dataset-schema.ts';
import { REPO_ROOT } from '../shared/config.ts';
import { composeQuery } from './cypher-fragments.ts';

export const CYPHER_DIR = path.join(REPO_ROOT, 'cypher');

/** Query name → file under cypher/ (without the extension). */
export const QUERY_FILES = {
  ping: 'health/ping',
  countNodes: 'health/count-nodes',
  databaseSettings: 'health/database-settings',
  schemaIndexes: 'health/schema-indexes',
  probeRemoteLoad: 'health/probe-remote-load',
  schemaCounts: 'schema/label-and-type-counts',
  schemaPropertyKeys: 'schema/property-keys',
  searchNodes: 'search/search-nodes',
  searchEvidence: 'search/search-evidence',
  nodeDetails: 'graph/node-details',
  nodeNeighbourCounts: 'graph/neighbour-counts',
  expandNeighbours: 'graph/expand-neighbours',
  nodesByElementId: 'graph/nodes-by-element-id',
  subgraphNodes: 'graph/subgraph-nodes',
  subgraphRelationships: 'graph/subgraph-relationships',
  allSourceMetadata: 'sources/all-source-metadata',
  listSources: 'sources/list-sources',
  sourceSummary: 'sources/source-summary',
  sourceFacts: 'sources/source-facts',
  sourceText: 'sources/source-text',
  draftActorNames: 'drafts/actor-names',
  draftNodeById: 'drafts/node-by-id',
  createDraft: 'drafts/create-draft',
  getDraft: 'drafts/get-draft',
  listDrafts: 'drafts/list-drafts',
  updateDraft: 'drafts/update-draft',
  deleteDraft: 'drafts/delete-draft',
  // One file for the six: they differ only in where the ranking starts (see QUERY_SLOTS).
  partnershipsRanked: 'partners/partnerships-ranked',
  partnershipsRankedAround: 'partners/partnerships-ranked',
  partnershipsRankedOfCountry: 'partners/partnerships-ranked',
  partnershipsRankedOfUnknownCountry: 'partners/partnerships-ranked',
  partnershipsRankedOfKind: 'partners/partnerships-ranked',
  partnershipsRankedOfUnknownKind: 'partners/partnerships-ranked',
  // One file for the two: they differ only in how the shared agreements are walked (QUERY_SLOTS).
  partnershipEvidence: 'partners/partnership-evidence',
  partnershipEvidenceAround: 'partners/partnership-evidence',
  partnershipPairs: 'partners/partnership-pairs',
  overviewByCountry: 'partners/overview',
  overviewByKind: 'partners/overview',
  overviewPlaces: 'partners/overview-places',
  derivedSummary: 'partners/derived-summary',
  commonPartners: 'partners/common-partners',
  // One file for the two: they differ only in the path function (see QUERY_SLOTS). The k shortest
  // and the dated-hops-only requests need a path pattern (a rule per hop, SHORTEST k): find-paths.
  shortestPath: 'paths/shortest-paths',
  allShortestPaths: 'paths/shortest-paths',
  shortestDatedPath: 'paths/find-paths',
  allShortestDatedPaths: 'paths/find-paths',
  kShortestPaths: 'paths/find-paths',
  timeline: 'timeline/timeline',
  changes: 'changes/changes',
  eventsAsOf: 'changes/events-as-of',
  partnershipsAsOfRanked: 'changes/partnerships-as-of-ranked',
  partnershipEvidenceAsOf: 'changes/partnership-evidence-as-of',
  existingNodeLabels: 'import/existing-node-labels',
  deriveOrganisationCountries: 'import/derive-organisation-countries',
  deriveSourceCounts: 'import/derive-source-counts',
  storeDerivedSummary: 'import/store-derived-summary',
  deleteStaleDerivedSummaries: 'import/delete-stale-derived-summaries',
  openImport: 'import/open-import',
  openImportBatch: 'import/open-batch',
  snapshotNodes: 'import/snapshot-nodes',
  snapshotRelationships: 'import/snapshot-relationships',
  createNodes: 'import/create-nodes',
  createRelationships: 'import/create-relationships',
  updateNodes: 'import/update-nodes',
  updateRelationships: 'import/update-relationships',
  existingMentions: 'import/existing-mentions',
  createMentions: 'import/create-mentions',
  recordCreated: 'import/record-created',
  saveSnapshots: 'import/save-snapshots',
  publishImport: 'import/publish-import',
  importRuns: 'import/import-runs',
  importBatches: 'import/import-batches',
  restoreNodeSnapshots: 'import/restore-node-snapshots',
  restoreRelationshipSnapshots: 'import/restore-relationship-snapshots',
  deleteCreated: 'import/delete-created',
  discardBatch: 'import/discard-batch',
  closeImport: 'import/close-import',
  recordAuditEntry: 'audit/record-audit-entry',
  auditEntries: 'audit/audit-entries',
  elementHistory: 'audit/element-history',
  sourceHistory: 'audit/source-history',
  findElement: 'curation/find-element',
  nodeRelationships: 'curation/node-relationships',
  updateElementProperties: 'curation/update-element-properties',
  deleteRelationships: 'curation/delete-relationships',
  deleteNodes: 'curation/delete-nodes',
  retractionPlan: 'curation/retraction-plan',
  linkedNodes: 'curation/linked-nodes',
  deleteSource: 'curation/delete-source',
  knownNames: 'spreadsheet/known-names',
  saveSpreadsheetMapping: 'spreadsheet/save-mapping',
  listSpreadsheetMappings: 'spreadsheet/list-mappings',
  createView: 'views/create-view',
  getView: 'views/get-view',
  listViews: 'views/list-views',
  updateView: 'views/update-view',
  deleteView: 'views/delete-view',
  createStory: 'views/create-story',
  getStory: 'views/get-story',
  storyViewIds: 'views/story-view-ids',
  listStories: 'views/list-stories',
  updateStory: 'views/update-story',
  deleteStory: 'views/delete-story',
} as const;

export type QueryName = keyof typeof QUERY_FILES;

/**
 * The slots of a ranked-partnerships view: which organisations it starts from (`a`), and the same
 * test on the partner (`b`), so a pair inside the start set is counted once. Written out in full:
 * these strings are the allow-list, and their values travel as query parameters.
 */
const rankedFrom = (start: string, partnerIsStart: string) => ({ start, partnerIsStart });
/** The slots of an overview: the group key of an organisation, on each end of the pair. */
const groupedBy = (groupOfA: string, groupOfB: string) => ({ groupOfA, groupOfB });
/** What the import creates nodes as: every graph label with the shared :Entity, and Source alone. */
export const CREATED_NODE_LABELS = NODE_LABELS.map((label) =>
  label === 'Source' ? 'Source' : `Entity:${label}`,
);

/**
 * The fixed text of the `{{slot}}`s of queries that share a file: keywords Cypher takes no
 * parameter for. This allow-list is the only source of that text.
 */
const QUERY_SLOTS: Partial<Record<QueryName, Record<string, string>>> = {
  partnershipsRanked: rankedFrom('MATCH (a:Organisation)', 'true'),
  partnershipsRankedAround: rankedFrom('MATCH (a:Organisation) WHERE a.id IN $ids', 'b.id IN $ids'),
  partnershipsRankedOfCountry: rankedFrom(
    'MATCH (a:Organisation) WHERE a.derivedCountryId = $groupKey',
    // coalesce: a partner without a country is not in the group (a bare comparison would be null,
    // and NOT null would drop the pair).
    'coalesce(b.derivedCountryId = $groupKey, false)',
  ),
  partnershipsRankedOfUnknownCountry: rankedFrom(
    'MATCH (a:Organisation) WHERE a.derivedCountryId IS NULL',
    'b.derivedCountryId IS NULL',
  ),
  partnershipsRankedOfKind: rankedFrom(
    'MATCH (a:Organisation) WHERE a.kind = $groupKey',
    'coalesce(b.kind = $groupKey, false)',
  ),
  partnershipsRankedOfUnknownKind: rankedFrom(
    'MATCH (a:Organisation) WHERE a.kind IS NULL',
    'b.kind IS NULL',
  ),
  partnershipEvidence: { sharedAgreementsWalk: 'USING JOIN ON agreement' },
  partnershipEvidenceAround: { sharedAgreementsWalk: '' },
  overviewByCountry: groupedBy(
    'coalesce(a.derivedCountryId, $unknown)',
    'coalesce(b.derivedCountryId, $unknown)',
  ),
  overviewByKind: groupedBy('coalesce(a.kind, $unknown)', 'coalesce(b.kind, $unknown)'),
  shortestPath: { selector: 'shortestPath' },
  allShortestPaths: { selector: 'allShortestPaths' },
  shortestDatedPath: { selector: 'SHORTEST 1' },
  allShortestDatedPaths: { selector: 'ALL SHORTEST' },
  kShortestPaths: { selector: 'SHORTEST 10' },
};

/**
 * Queries written once for each label or relationship type of a fixed list: Cypher takes no parameter
 * for them, and a static label or type lets the planner use its index. `get(name)` gives the first
 * variant (so every file parses in the registry test); `variant(name, value)` gives one by value.
 */
const QUERY_VARIANTS: Partial<Record<QueryName, { slot: string; values: readonly string[] }>> = {
  snapshotNodes: { slot: 'labels', values: ['Entity', 'Source'] },
  snapshotRelationships: { slot: 'type', values: RELATIONSHIP_TYPES },
  createNodes: { slot: 'labels', values: CREATED_NODE_LABELS },
  createRelationships: { slot: 'type', values: RELATIONSHIP_TYPES },
  updateRelationships: { slot: 'type', values: RELATIONSHIP_TYPES },
};

/** Schema statements (constraints and indexes), applied in file-name order at each start. */
export const SCHEMA_DIR = path.join(CYPHER_DIR, 'schema-setup');

export interface QueryRegistry {
  get(name: QueryName): string;
  /** The variant of a query for one value of its fixed list (see QUERY_VARIANTS). */
  variant(name: QueryName, value: string): string;
  schemaStatements(): { file: string; text: string }[];
}

export function loadQueryRegistry(cypherDir: string = CYPHER_DIR): QueryRegistry {
  const texts = new Map<QueryName, string>();
  const variantTexts = new Map<string, string>();
  const problems: string[] = [];
  for (const [name, file] of Object.entries(QUERY_FILES) as [QueryName, string][]) {
    const filePath = path.join(cypherDir, `${file}.cypher`);
    try {
      const text = readFileSync(filePath, 'utf8');
      if (!stripComments(text)) problems.push(`${filePath} holds no query`);
      const variants = QUERY_VARIANTS[name];
      for (const value of variants?.values ?? []) {
        variantTexts.set(`${name} ${value}`, composeQuery(text, { [variants?.slot as string]: value }));
      }
      const firstVariant = variants ? { [variants.slot]: variants.values[0] as string } : undefined;
      texts.set(name, composeQuery(text, QUERY_SLOTS[name] ?? firstVariant));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push(
        code === 'ENOENT'
          ? `${filePath} is missing (query "${name}")`
          : `${filePath} (query "${name}"): ${(error as Error).message}`,
      );
    }
  }
  const schemaDir = path.join(cypherDir, 'schema-setup');
  const schema = existsSync(schemaDir)
    ? listCypherFiles(schemaDir).map((file) => ({
        file: path.relative(cypherDir, file),
        text: readFileSync(file, 'utf8'),
      }))
    : [];
  if (schema.length === 0) problems.push(`${schemaDir} holds no schema statements`);
  if (problems.length > 0) throw new Error(`Cypher query files are broken:\n  ${problems.join('\n  ')}`);
  return {
    get: (name) => texts.get(name) as string,
    variant(name, value) {
      const text = variantTexts.get(`${name} ${value}`);
      if (text === undefined) throw new Error(`query "${name}" has no variant for "${value}"`);
      return text;
    },
    schemaStatements: () => schema,
  };
}

/** All .cypher files under a folder, sorted, for the registry test and the schema loader. */
export function listCypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.cypher'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The query without its `//` comment lines. */
export function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();
}
