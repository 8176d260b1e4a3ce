// The import pipeline's public face: what the API handlers, the CLI and the worker use.

export { bareRead } from './bareRead.ts';
export type { BareReadResult } from './bareRead.ts';
export type { ColumnSpec, KindSpec, RecordOf, SheetSpec, ValueType } from './columns.ts';
export { ImportRefused } from './errors.ts';
export type { RefusalCode } from './errors.ts';
export { HEADER_SEARCH_ROWS, matchHeader, normalizeHeader } from './header.ts';
export type { HeaderMatch, MatchedColumn } from './header.ts';
export { openImport, readImport } from './importer.ts';
export type { ImportBatch, ImportOptions, ImportProgress, ImportSession } from './importer.ts';
export { IMPORT_KINDS, isImportKind, KINDS, PLAN_ACTIONS, SURVEY_RESPONDENTS } from './kinds.ts';
export type { ImportKind, RecordFor, SheetKeyOf } from './kinds.ts';
export { DEFAULT_LIMITS } from './limits.ts';
export type { ImportLimits } from './limits.ts';
export { openSpreadsheet } from './read/open.ts';
export type { CellValue, SheetRow, Spreadsheet, SpreadsheetFormat } from './read/types.ts';
export { templateFor } from './template.ts';
export type { Rejection, SheetLayout } from './validate.ts';
export type { DateTimeValue } from './values.ts';
