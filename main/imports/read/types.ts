// The one shape every reader (xlsx, xls, csv) hands to the rest of the pipeline.

/**
 * A cell as the spreadsheet holds it. Dates carry the cell's wall-clock time in their UTC fields
 * (what parseDateInput expects); csv cells are always text.
 */
export type CellValue = string | number | boolean | Date | null;

export interface SheetRow {
  /** 1-based, as the officer sees it in the spreadsheet. */
  row: number;
  /** By 0-based column; a missing trailing cell is simply absent. */
  cells: CellValue[];
}

export type SpreadsheetFormat = 'xlsx' | 'xls' | 'html' | 'csv';

export interface Spreadsheet {
  readonly format: SpreadsheetFormat;
  /** Visible worksheets in workbook order; a csv has one, named after the file. */
  readonly sheets: readonly string[];
  /** csv only: the detected text encoding. */
  readonly encoding: string | null;
  readonly bytesTotal: number;
  /** How far into the file reading has got, for progress bars. */
  bytesRead(): number;
  /** Rows in order, a few hundred at a time; ImportRefused when the file breaks a limit or is damaged. */
  rowBatches(sheet: string): AsyncIterable<SheetRow[]>;
  rows(sheet: string): AsyncIterable<SheetRow>;
  close(): Promise<void>;
}

export interface ReadOptions {
  signal?: AbortSignal;
}
