// Queries to start from, written against the dataset's model (seed/dataset-schema.ts): every node but
// :Source also carries :Entity; MENTIONED_IN links a node to the Source that cites it.
import type { WorkbenchMessageKey } from './messages.ts';

export interface ExampleQuery {
  title: WorkbenchMessageKey;
  query: string;
  params: Record<string, string>;
}

export const EXAMPLE_QUERIES: ExampleQuery[] = [
  {
    title: 'workbench.example.partners',
    query: `MATCH (a:Organisation)-[:PARTY_TO]->(ag:Agreement)<-[:PARTY_TO]-(b:Organisation)
WHERE a.id < b.id
RETURN a, b, ag`,
    params: {},
  },
  {
    title: 'workbench.example.path',
    query: 'MATCH p = shortestPath((a:Entity {id: $from})-[*..6]-(b:Entity {id: $to}))\nRETURN p',
    params: { from: 'state-of-wisconsin', to: 'kumamoto-prefecture' },
  },
  {
    title: 'workbench.example.topics',
    query: `MATCH (ag:Agreement)-[:CONCERNS]->(t:Topic)
RETURN t.name AS topic, substring(ag.date, 0, 4) AS year, collect(ag.name) AS agreements
ORDER BY year`,
    params: {},
  },
  {
    title: 'workbench.example.signatories',
    query: `MATCH (p:Person)-[s:SIGNED]->(ag:Agreement)
OPTIONAL MATCH (p)-[r:HOLDS_ROLE]->(o:Organisation)
RETURN p, s, ag, r, o`,
    params: {},
  },
  {
    title: 'workbench.example.mission',
    query: `MATCH (m:Event)
WHERE m.kind CONTAINS 'mission' OR toLower(m.name) CONTAINS 'mission'
OPTIONAL MATCH (step:Event)-[part:PART_OF]->(m)
OPTIONAL MATCH (actor)-[role:PARTICIPATED_IN|LED|ORGANISED]->(m)
RETURN m, part, step, role, actor`,
    params: {},
  },
  {
    title: 'workbench.example.places',
    query: `MATCH (o:Organisation)-[r:GOVERNS|LOCATED_IN|HAS_OFFICE_IN]->(p:Place)
RETURN o, r, p`,
    params: {},
  },
];
