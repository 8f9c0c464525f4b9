// One saved spreadsheet mapping per name.
CREATE CONSTRAINT spreadsheet_mapping_name IF NOT EXISTS
FOR (m:SpreadsheetMapping) REQUIRE m.name IS UNIQUE
