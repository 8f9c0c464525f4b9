// Nodes by element id: the endpoints of relationships an analyst query returned without their nodes.
// Parameters: $elementIds (list of strings).
// Returns: node (node).
UNWIND $elementIds AS elementId
MATCH (node) WHERE elementId(node) = elementId
RETURN node
