// Schema: index on the kind of places: the derivation of organisations' countries ends on
// Place {kind: 'country'}.
CREATE INDEX place_kind IF NOT EXISTS FOR (n:Place) ON (n.kind)
