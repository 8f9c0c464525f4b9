// Derived at import: the country of each organisation, as the nearest Place of kind 'country' up
// its LOCATED_IN / GOVERNS / PART_OF chain (an office abroad, HAS_OFFICE_IN, does not count). The
// overview groups by it and the country drill-down seeks it through an index, which a walk at
// query time could not. Recomputed for every organisation because a chain can change far from
// the imported records (a city newly placed in its country). Ties at the same distance: lowest id.
// Parameters: none.
// Returns: updated (integer: organisations whose country changed).
MATCH (organisation:Organisation)
CALL (organisation) {
  OPTIONAL MATCH chain = (organisation)-[:LOCATED_IN|GOVERNS|PART_OF]->{1,6}(country:Place {kind: 'country'})
  RETURN country ORDER BY length(chain), country.id LIMIT 1
}
WITH organisation, country.id AS countryId
WHERE coalesce(organisation.derivedCountryId, '') <> coalesce(countryId, '')
SET organisation.derivedCountryId = countryId
RETURN count(organisation) AS updated
