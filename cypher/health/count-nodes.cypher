// How many cooperation-graph nodes exist (used to decide whether to load the curated dataset).
// Parameters: none.
// Returns: count (integer).
MATCH (n) WHERE n:Organisation OR n:Person OR n:Place OR n:Agreement OR n:Event OR n:Source
RETURN count(n) AS count
