// @neo4j-cypher/codemirror 1.0.3 ships typings but its package.json "exports" does not point at
// them, so TypeScript's bundler resolution cannot find them on its own.
declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
}
