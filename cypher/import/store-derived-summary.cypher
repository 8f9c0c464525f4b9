// Derived at import: a precomputed answer the API serves for its unfiltered whole-graph views (the
// partnership overview per grouping, the strongest partnerships), which cost seconds to compute
// over a million relationships. Kept on one :DerivedSummary node per name, outside the :Entity
// graph; its lists are parallel (a property cannot hold maps).
// Parameters: $name (string: 'overview-country', 'overview-kind' or 'partnerships-strongest'),
//   $lists (map of lists of strings or integers), $total (integer).
// Returns: name (string).
MERGE (summary:DerivedSummary {name: $name})
SET summary = $lists, summary.name = $name, summary.total = $total
RETURN summary.name AS name
