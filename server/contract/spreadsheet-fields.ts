// The fields a spreadsheet row can give, by row shape: plain constants (no zod) so that the
// client's mapping form shares them with the server's schema.
/** Fields of a partnership row: one link between a French actor and a foreign partner. */
export const PARTNERSHIP_FIELDS = [
  'frenchActor',
  'frenchKind',
  'frenchCountry',
  'partner',
  'partnerKind',
  'partnerCountry',
  'linkType',
  'date',
  'status',
  'topic',
  'sourceTitle',
  'sourceUrl',
  'publisher',
  'published',
  'quote',
] as const;
/** Fields of an actor row: one organisation (or person) with what the register says of it. */
export const ACTOR_FIELDS = [
  'name',
  'kind',
  'country',
  'aliases',
  'nameEn',
  'url',
  'sourceTitle',
  'sourceUrl',
  'publisher',
  'published',
  'quote',
] as const;
export const SPREADSHEET_FIELDS = [...new Set([...PARTNERSHIP_FIELDS, ...ACTOR_FIELDS])] as [
  string,
  ...string[],
];
export type PartnershipField = (typeof PARTNERSHIP_FIELDS)[number];
export type ActorField = (typeof ACTOR_FIELDS)[number];
export type SpreadsheetField = PartnershipField | ActorField;

export const ROW_SHAPES = ['partnerships', 'actors'] as const;
export type RowShape = (typeof ROW_SHAPES)[number];
