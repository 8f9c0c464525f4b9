// The workbench's messages, merged by the app into its catalogues. `{name}` marks a value filled in
// at display time.
const en = {
  'workbench.title': 'Cypher workbench',
  'workbench.editor': 'Cypher query',
  'workbench.params': 'Parameters (JSON)',
  'workbench.run': 'Run',
  'workbench.running': 'Running…',
  'workbench.runHint': 'Ctrl+Enter or ⌘+Enter runs the query',
  'workbench.tab.graph': 'Graph',
  'workbench.tab.table': 'Table',
  'workbench.tab.json': 'JSON',
  'workbench.tab.plan': 'Plan',
  'workbench.plan.explained': 'Estimated plan (EXPLAIN): the query was not run.',
  'workbench.plan.profiled': 'Profiled plan (PROFILE): {count} db hits in total.',
  'workbench.plan.estimatedRows': '{count} estimated rows',
  'workbench.plan.dbHits': '{count} db hits',
  'workbench.plan.time': '{ms} ms',
  'workbench.graph.summary': '{nodes}, {relationships}',
  'workbench.count.nodes.one': '{count} node',
  'workbench.count.nodes.other': '{count} nodes',
  'workbench.count.relationships.one': '{count} relationship',
  'workbench.count.relationships.other': '{count} relationships',
  'workbench.count.rows.one': '{count} row',
  'workbench.count.rows.other': '{count} rows',
  'workbench.graph.empty': 'The result holds no nodes or relationships: see the Table tab.',
  'workbench.graph.show': 'Show on the canvas again',
  'workbench.table.empty': 'No rows.',
  'workbench.status': '{rows} in {ms} ms',
  'workbench.truncated':
    'Only the first {rows} rows are shown: the result was cut. Add a LIMIT to choose which rows.',
  'workbench.error.title': 'The query failed',
  'workbench.error.notRun': 'The query was not run',
  'workbench.error.position': 'line {line}, column {column}',
  'workbench.error.emptyQuery': 'Write a query first.',
  'workbench.params.invalidJson': 'The parameters are not valid JSON: {detail}',
  'workbench.params.notObject':
    'The parameters must be a JSON object, such as {"from": "state-of-wisconsin"}.',
  'workbench.history': 'History',
  'workbench.history.empty': 'Queries you run appear here.',
  'workbench.history.clear': 'Clear history',
  'workbench.examples': 'Examples',
  'workbench.saved': 'Saved queries',
  'workbench.saved.empty': 'No saved queries yet.',
  'workbench.saved.name': 'Name',
  'workbench.saved.save': 'Save',
  'workbench.saved.delete': 'Delete',
  'workbench.saved.nameRequired': 'Give the query a name to save it.',
  'workbench.example.partners': 'Who partners with whom (shared agreements)',
  'workbench.example.path': 'Shortest path between two actors',
  'workbench.example.topics': 'Agreements by topic and year',
  'workbench.example.signatories': 'People who signed agreements',
  'workbench.example.mission': 'Events of a mission',
  'workbench.example.places': 'Who is located where',
} as const;

export type WorkbenchMessageKey = keyof typeof en;

const fr: Record<WorkbenchMessageKey, string> = {
  'workbench.title': 'Atelier Cypher',
  'workbench.editor': 'Requête Cypher',
  'workbench.params': 'Paramètres (JSON)',
  'workbench.run': 'Exécuter',
  'workbench.running': 'Exécution…',
  'workbench.runHint': 'Ctrl+Entrée ou ⌘+Entrée exécute la requête',
  'workbench.tab.graph': 'Graphe',
  'workbench.tab.table': 'Tableau',
  'workbench.tab.json': 'JSON',
  'workbench.tab.plan': 'Plan',
  'workbench.plan.explained': 'Plan estimé (EXPLAIN) : la requête n’a pas été exécutée.',
  'workbench.plan.profiled': 'Plan mesuré (PROFILE) : {count} accès à la base au total.',
  'workbench.plan.estimatedRows': '{count} lignes estimées',
  'workbench.plan.dbHits': '{count} accès à la base',
  'workbench.plan.time': '{ms} ms',
  'workbench.graph.summary': '{nodes}, {relationships}',
  'workbench.count.nodes.one': '{count} nœud',
  'workbench.count.nodes.other': '{count} nœuds',
  'workbench.count.relationships.one': '{count} relation',
  'workbench.count.relationships.other': '{count} relations',
  'workbench.count.rows.one': '{count} ligne',
  'workbench.count.rows.other': '{count} lignes',
  'workbench.graph.empty': 'Le résultat ne contient ni nœud ni relation : voir l’onglet Tableau.',
  'workbench.graph.show': 'Afficher de nouveau sur le graphe',
  'workbench.table.empty': 'Aucune ligne.',
  'workbench.status': '{rows} en {ms} ms',
  'workbench.truncated':
    'Seules les {rows} premières lignes sont affichées : le résultat a été coupé. Ajoutez un LIMIT pour choisir lesquelles.',
  'workbench.error.title': 'La requête a échoué',
  'workbench.error.notRun': 'La requête n’a pas été exécutée',
  'workbench.error.position': 'ligne {line}, colonne {column}',
  'workbench.error.emptyQuery': 'Écrivez d’abord une requête.',
  'workbench.params.invalidJson': 'Les paramètres ne sont pas du JSON valide : {detail}',
  'workbench.params.notObject':
    'Les paramètres doivent être un objet JSON, par exemple {"from": "state-of-wisconsin"}.',
  'workbench.history': 'Historique',
  'workbench.history.empty': 'Les requêtes exécutées apparaissent ici.',
  'workbench.history.clear': 'Effacer l’historique',
  'workbench.examples': 'Exemples',
  'workbench.saved': 'Requêtes enregistrées',
  'workbench.saved.empty': 'Aucune requête enregistrée.',
  'workbench.saved.name': 'Nom',
  'workbench.saved.save': 'Enregistrer',
  'workbench.saved.delete': 'Supprimer',
  'workbench.saved.nameRequired': 'Donnez un nom à la requête pour l’enregistrer.',
  'workbench.example.partners': 'Qui coopère avec qui (accords communs)',
  'workbench.example.path': 'Plus court chemin entre deux acteurs',
  'workbench.example.topics': 'Accords par thème et par année',
  'workbench.example.signatories': 'Signataires des accords',
  'workbench.example.mission': 'Étapes d’une mission',
  'workbench.example.places': 'Qui est situé où',
};

export const workbenchMessages: {
  fr: Record<WorkbenchMessageKey, string>;
  en: Record<WorkbenchMessageKey, string>;
} = {
  fr,
  en,
};

export type Translate = (key: WorkbenchMessageKey, params?: Record<string, string | number>) => string;

type CountedThing = 'nodes' | 'relationships' | 'rows';

/** "1 node" / "3 nodes": the app's `<base>.one` / `<base>.other` convention. */
export function countOf(t: Translate, thing: CountedThing, count: number): string {
  return t(`workbench.count.${thing}.${count === 1 ? 'one' : 'other'}`, { count });
}

/** Wraps the app's lookup: a key it does not know (returned unchanged) falls back to the English
 * text above; `{name}` placeholders are filled here whichever side answered. */
export function workbenchTranslator(lookup: (key: string) => string): Translate {
  return (key, params = {}) => {
    const found = lookup(key);
    const template = found === key ? en[key] : found;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}
