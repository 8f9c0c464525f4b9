// The spreadsheet import's contract: the column mapping (which column gives which field), the
// preview and import requests, and their answers. The client imports the types only.
import { z } from 'zod';
import { isoDateSchema } from '../../seed/dataset-schema.ts';

import {
  ACTOR_FIELDS,
  PARTNERSHIP_FIELDS,
  ROW_SHAPES,
  type RowShape,
  type SpreadsheetField,
} from './spreadsheet-fields.ts';

export * from './spreadsheet-fields.ts';

const REQUIRED_FIELDS: Record<RowShape, readonly SpreadsheetField[]> = {
  partnerships: ['frenchActor', 'partner'],
  actors: ['name'],
};
const FIELDS_OF: Record<RowShape, readonly string[]> = {
  partnerships: PARTNERSHIP_FIELDS,
  actors: ACTOR_FIELDS,
};

const columnName = z.string().trim().min(1, 'a column name is required').max(200);

export const spreadsheetMappingSchema = z
  .object({
    shape: z.enum(ROW_SHAPES, { message: `shape must be one of ${ROW_SHAPES.join(', ')}` }),
    /** Field → the header of the column that gives it. Unmapped fields are left out. */
    columns: z.record(z.string(), columnName),
    /**
     * The source is a register (a partner list, an export of a database): its rows are its
     * statements, so a row without a quote cites the row itself ("Row 12: …").
     */
    register: z.boolean().default(false),
    /** What the rows do not say: the source's title, publisher, date, language and URL. */
    defaults: z
      .object({
        sourceTitle: z.string().trim().min(1).max(300).optional(),
        sourceUrl: z
          .string()
          .regex(/^https?:\/\/\S+$/, 'a web address (http:// or https://)')
          .optional(),
        publisher: z.string().trim().min(1).max(200).optional(),
        published: isoDateSchema.optional(),
        language: z
          .string()
          .regex(/^[a-z]{2}$/, 'a two-letter language code such as "fr"')
          .default('fr'),
        /** The country of French actors when no column gives it. */
        frenchCountry: z.string().trim().min(1).max(100).optional(),
      })
      .strict()
      .default({ language: 'fr' }),
  })
  .strict()
  .superRefine((mapping, ctx) => {
    const allowed = FIELDS_OF[mapping.shape];
    for (const field of Object.keys(mapping.columns)) {
      if (!allowed.includes(field))
        ctx.addIssue({
          code: 'custom',
          path: ['columns', field],
          message: `"${field}" is not a field of ${mapping.shape} rows; expected one of ${allowed.join(', ')}`,
        });
    }
    for (const field of REQUIRED_FIELDS[mapping.shape]) {
      if (!mapping.columns[field])
        ctx.addIssue({
          code: 'custom',
          path: ['columns', field],
          message: `${mapping.shape} rows need a column for "${field}"`,
        });
    }
  });
export type SpreadsheetMapping = z.output<typeof spreadsheetMappingSchema>;
export type SpreadsheetMappingInput = z.input<typeof spreadsheetMappingSchema>;

export const ENCODINGS = ['utf-8', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export const mappingNameSchema = z
  .string()
  .trim()
  .min(1, 'a mapping needs a name')
  .max(100, 'mapping names are at most 100 characters');

const fileFields = {
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .regex(/\.(csv|tsv|txt|xlsx)$/i, 'the file must be a .csv, .tsv, .txt or .xlsx'),
  /** The file's bytes, base64-encoded. */
  content: z.base64('content must be the file in base64'),
  /** Overrides the detection (valid UTF-8 is read as UTF-8, anything else as Windows-1252). */
  encoding: z.enum(ENCODINGS, { message: `encoding must be one of ${ENCODINGS.join(', ')}` }).optional(),
  /** An XLSX sheet by name (default: the first). */
  sheet: z.string().trim().min(1).max(100).optional(),
  mapping: spreadsheetMappingSchema.optional(),
  /** A saved mapping to use when `mapping` is not given. */
  mappingName: mappingNameSchema.optional(),
};

/** A preview without a mapping reads the file only: its headers, and the columns guessed from them. */
export const spreadsheetPreviewRequestSchema = z.object(fileFields).strict();

export const spreadsheetRequestSchema = z
  .object(fileFields)
  .strict()
  .refine((request) => request.mapping || request.mappingName, {
    message: 'give a mapping, or the name of a saved one (mappingName)',
    path: ['mapping'],
  });
export type SpreadsheetRequest = z.input<typeof spreadsheetRequestSchema>;

export const rowErrorSchema = z.object({
  row: z.number().int().describe('The row number as a spreadsheet shows it (the header is row 1)'),
  column: z.string().describe('The column header, or "(mapping)" for a default the mapping lacks'),
  field: z.string(),
  message: z.string(),
});
export type RowError = z.infer<typeof rowErrorSchema>;

const actorEntrySchema = z.object({
  id: z.string(),
  label: z.string(),
  name: z.string(),
  rows: z.array(z.number().int()).describe('The rows that name it (the first 20)'),
});

const previewRowSchema = z.object({
  row: z.number().int(),
  values: z.record(z.string(), z.string()).describe('Field → the value read'),
  facts: z.array(z.object({ type: z.string(), from: z.string(), to: z.string(), quote: z.string() })),
  errors: z.array(rowErrorSchema),
});

export const spreadsheetPreviewSchema = z.object({
  fileName: z.string(),
  format: z.enum(['csv', 'tsv', 'xlsx']),
  encoding: z.enum(ENCODINGS).optional().describe('How a text file was decoded'),
  encodingDetected: z.boolean().optional().describe('false when the request chose the encoding'),
  delimiter: z.string().optional(),
  sheet: z.string().optional(),
  headers: z.array(z.string()),
  rowCount: z.number().int(),
  counts: z.object({
    sources: z.number().int(),
    nodes: z.number().int(),
    relationships: z.number().int(),
    matchedActors: z.number().int(),
    newActors: z.number().int(),
    rowsWithErrors: z.number().int(),
  }),
  matched: z.array(actorEntrySchema).describe('Names found in the graph, with the id they matched'),
  created: z.array(actorEntrySchema).describe('New nodes the import will create'),
  sources: z.array(z.object({ id: z.string(), title: z.string(), register: z.boolean() })),
  rows: z.array(previewRowSchema).describe('The first 20 rows as they will be imported'),
  errors: z.array(rowErrorSchema).describe('Row errors, in row order (the first 500)'),
  errorCount: z.number().int(),
  suggestedColumns: z
    .object({ partnerships: z.record(z.string(), z.string()), actors: z.record(z.string(), z.string()) })
    .describe('Field → column, guessed from the headers (French and English names), for each row shape'),
});
export type SpreadsheetPreview = z.infer<typeof spreadsheetPreviewSchema>;

export const spreadsheetImportResponseSchema = z.object({
  sources: z.number(),
  nodes: z.number(),
  relationships: z.number(),
  rowCount: z.number().int(),
  nodeIds: z.array(z.string()).describe('The nodes the rows name (matched and new), for the canvas'),
});
export type SpreadsheetImportResponse = z.infer<typeof spreadsheetImportResponseSchema>;

export const savedMappingSchema = z.object({
  name: z.string(),
  mapping: spreadsheetMappingSchema,
  savedBy: z.string(),
  savedAt: z.string(),
});
export const savedMappingsResponseSchema = z.object({ mappings: z.array(savedMappingSchema) });
export type SavedMapping = z.infer<typeof savedMappingSchema>;
