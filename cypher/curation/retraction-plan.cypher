// Curation: what a source's retraction touches: the source, the nodes that cite it and the
// relationships that cite it (found from the nodes it mentions, as the source's counts are).
// Parameters: $sourceId (string).
// Returns: source (map: its properties), nodes (list of {elementId, id, label, properties}),
//   relationships (list of {elementId, id, type, from, to, properties}); no row for an unknown source.
MATCH (s:Source {id: $sourceId})
CALL (s) {
  OPTIONAL MATCH (s)<-[:MENTIONED_IN]-(n)
  WHERE $sourceId IN n.sources
  RETURN collect({elementId: elementId(n), id: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0],
    properties: properties(n)}) AS nodes
}
CALL (s) {
  OPTIONAL MATCH (s)<-[:MENTIONED_IN]-()-[r]->()
  WHERE $sourceId IN r.sources
  WITH DISTINCT r
  WHERE r IS NOT NULL
  RETURN collect({elementId: elementId(r), id: r.id, type: type(r), from: startNode(r).id,
    to: endNode(r).id, properties: properties(r)}) AS relationships
}
RETURN properties(s) AS source, nodes, relationships
