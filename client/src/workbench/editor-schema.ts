// The editor's autocompletion schema, built from GET /api/schema. Kept apart from the editor so
// unit tests need no DOM.
import type { SchemaResponse } from '../../../server/contract/api.ts';

/** The shape @neo4j-cypher/codemirror's setSchema() takes (EditorSupportSchema), restated here so
 * this module does not import the editor. */
export interface EditorSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  functions: { name: string; signature: string }[];
  procedures: { name: string; signature: string; returnItems: { name: string; signature: string }[] }[];
  parameters: string[];
}

/** Functions analysts reach for on this graph; the API does not list the server's functions. */
const FUNCTIONS: EditorSchema['functions'] = [
  { name: 'coalesce', signature: '(expression :: ANY?) :: (ANY?)' },
  { name: 'collect', signature: '(value :: ANY?) :: (LIST? OF ANY?)' },
  { name: 'count', signature: '(value :: ANY?) :: (INTEGER?)' },
  { name: 'elementId', signature: '(input :: NODE | RELATIONSHIP) :: (STRING?)' },
  { name: 'keys', signature: '(input :: ANY?) :: (LIST? OF STRING?)' },
  { name: 'labels', signature: '(input :: NODE?) :: (LIST? OF STRING?)' },
  { name: 'length', signature: '(input :: PATH?) :: (INTEGER?)' },
  { name: 'nodes', signature: '(input :: PATH?) :: (LIST? OF NODE?)' },
  { name: 'properties', signature: '(input :: ANY?) :: (MAP?)' },
  { name: 'relationships', signature: '(input :: PATH?) :: (LIST? OF RELATIONSHIP?)' },
  { name: 'size', signature: '(input :: ANY?) :: (INTEGER?)' },
  {
    name: 'substring',
    signature: '(original :: STRING?, start :: INTEGER?, length :: INTEGER?) :: (STRING?)',
  },
  { name: 'toLower', signature: '(input :: STRING?) :: (STRING?)' },
  { name: 'toUpper', signature: '(input :: STRING?) :: (STRING?)' },
  { name: 'type', signature: '(input :: RELATIONSHIP?) :: (STRING?)' },
];

const PROCEDURES: EditorSchema['procedures'] = [
  {
    name: 'db.labels',
    signature: '() :: (label :: STRING?)',
    returnItems: [{ name: 'label', signature: 'STRING?' }],
  },
  {
    name: 'db.relationshipTypes',
    signature: '() :: (relationshipType :: STRING?)',
    returnItems: [{ name: 'relationshipType', signature: 'STRING?' }],
  },
  {
    name: 'db.propertyKeys',
    signature: '() :: (propertyKey :: STRING?)',
    returnItems: [{ name: 'propertyKey', signature: 'STRING?' }],
  },
  {
    name: 'db.index.fulltext.queryNodes',
    signature: '(indexName :: STRING?, queryString :: STRING?) :: (node :: NODE?, score :: FLOAT?)',
    returnItems: [
      { name: 'node', signature: 'NODE?' },
      { name: 'score', signature: 'FLOAT?' },
    ],
  },
];

const withColon = (name: string): string => (name.startsWith(':') ? name : `:${name}`);
const sorted = (values: Iterable<string>): string[] =>
  [...new Set(values)].sort((a, b) => a.localeCompare(b));

/** The editor wants labels and relationship types with their leading colon (':Person'). */
export function toEditorSchema(schema: SchemaResponse, parameters: string[] = []): EditorSchema {
  return {
    labels: sorted(schema.labels.map((entry) => withColon(entry.label))),
    relationshipTypes: sorted(schema.relationshipTypes.map((entry) => withColon(entry.type))),
    propertyKeys: sorted(schema.propertyKeys),
    functions: FUNCTIONS,
    procedures: PROCEDURES,
    parameters: sorted(parameters),
  };
}
