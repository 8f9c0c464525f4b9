// Start-up check: the values of the settings the API relies on (see required-settings.ts).
// Parameters: names (list of strings).
// Returns: name (string), value (string or null; null when unset).
SHOW SETTINGS YIELD name, value
WHERE name IN $names
RETURN name, value
