// One row being read: its values by field (through the mapping's columns), the errors found on it
// (each naming the row and the column), and the records it will add once it has no error.
import type { NodeRecord, RelationshipRecord } from '../../../seed/dataset-schema.ts';
import type { RowError, SpreadsheetField, SpreadsheetMapping } from '../../contract/spreadsheet.ts';
import type { TableRow } from './csv-table.ts';

export const MAPPING_COLUMN = '(mapping)';

export class RowContext {
  readonly errors: RowError[] = [];
  readonly nodes: NodeRecord[] = [];
  readonly relationships: RelationshipRecord[] = [];
  /** New nodes this row creates (committed with the row). */
  readonly created: { id: string; label: string; name: string }[] = [];
  readonly matched: { id: string; label: string; name: string }[] = [];
  private readonly cells = new Map<string, string>();

  constructor(
    readonly row: number,
    private readonly mapping: SpreadsheetMapping,
    headers: readonly string[],
    tableRow: TableRow,
  ) {
    for (const [field, column] of Object.entries(mapping.columns)) {
      const index = headers.indexOf(column);
      if (index >= 0) this.cells.set(field, tableRow.cells[index] ?? '');
    }
  }

  /** The trimmed value of a field ('' when unmapped or empty). */
  value(field: SpreadsheetField): string {
    return this.cells.get(field) ?? '';
  }

  /** The values read, by field, for the preview. */
  values(): Record<string, string> {
    return Object.fromEntries([...this.cells].filter(([, value]) => value !== ''));
  }

  column(field: SpreadsheetField): string {
    return this.mapping.columns[field] ?? MAPPING_COLUMN;
  }

  error(field: SpreadsheetField, message: string): void {
    this.errors.push({ row: this.row, column: this.column(field), field, message });
  }
}
