// The names and coordinates of the countries the overview groups by.
// Parameters: $ids (list of Place ids).
// Returns: id (string), name (string), lat (number or null), lon (number or null).
MATCH (place:Place)
WHERE place.id IN $ids
RETURN place.id AS id, place.name AS name, place.lat AS lat, place.lon AS lon
