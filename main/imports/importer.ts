// The reading half of every import: open the file, find its sheets and headers, then stream typed
// records and rejections in batches. No database here — the caller writes each batch inside its own
// transaction, so a 1,000,000-row file never sits in memory, and a thrown ImportRefused (limits,
// damage, cancel) means the caller rolls back.

import type { RecordOf, SheetSpec } from './columns.ts';
import { cancelled, refuse, throwIfAborted } from './errors.ts';
import { KINDS } from './kinds.ts';
import type { ImportKind, SheetsOf } from './kinds.ts';
import type { ImportLimits } from './limits.ts';
import { locateSheets } from './locate.ts';
import { openSpreadsheet } from './read/open.ts';
import type { SheetRow, Spreadsheet, SpreadsheetFormat } from './read/types.ts';
import { compileRowValidator, isBlankRow } from './validate.ts';
import type { BatchSink, Rejection, SheetLayout } from './validate.ts';

export interface ImportProgress {
  /** The sheet being read (its name in the file). */
  sheet: string;
  /** Data rows read so far, over all sheets. */
  rowsRead: number;
  bytesRead: number;
  bytesTotal: number;
}

export interface ImportOptions {
  limits?: Partial<ImportLimits>;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Data rows per batch (default 5,000). */
  batchSize?: number;
}

type BatchOf<S extends SheetSpec> = {
  sheet: S['key'];
  sheetName: string;
  records: Array<RecordOf<S>>;
  rejections: Rejection[];
  /** Data rows (blank rows not counted) in this batch, accepted or not. */
  rowsRead: number;
  rowsRejected: number;
};

/** A batch of one of the kind's sheets, discriminated by `sheet`. */
export type ImportBatch<K extends ImportKind> = SheetsOf<K> extends infer S ? (S extends SheetSpec ? BatchOf<S> : never) : never;

export interface ImportSession<K extends ImportKind> {
  readonly kind: K;
  readonly format: SpreadsheetFormat;
  readonly encoding: string | null;
  /** Sheets found, in the kind's order, with their detected and unknown columns (the preview). */
  readonly layouts: readonly SheetLayout[];
  /** Streams every sheet once; closes the file when done. */
  batches(): AsyncGenerator<ImportBatch<K>>;
  close(): Promise<void>;
}

const DEFAULT_BATCH = 5000;

export async function openImport<K extends ImportKind>(
  kind: K,
  path: string,
  options: ImportOptions = {},
): Promise<ImportSession<K>> {
  const spec = KINDS[kind];
  const { signal } = options;
  throwIfAborted(signal);
  const book = await openSpreadsheet(path, options.limits, { signal });
  let layouts: SheetLayout[];
  try {
    layouts = await locateSheets(book, spec, signal);
  } catch (error) {
    await book.close();
    throw error;
  }
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await book.close();
  };
  return {
    kind,
    format: book.format,
    encoding: book.encoding,
    layouts,
    batches: () => streamBatches(book, spec.sheets, layouts, options, close) as AsyncGenerator<ImportBatch<K>>,
    close,
  };
}

/** open + batches + close in one loop: `for await (const batch of readImport('teachers', file))`. */
export async function* readImport<K extends ImportKind>(
  kind: K,
  path: string,
  options: ImportOptions = {},
): AsyncGenerator<ImportBatch<K>> {
  const session = await openImport(kind, path, options);
  try {
    yield* session.batches();
  } finally {
    await session.close();
  }
}

interface MutableBatch {
  sheet: string;
  sheetName: string;
  records: Array<Record<string, unknown>>;
  rejections: Rejection[];
  rowsRead: number;
  rowsRejected: number;
}

/** Validates rows from `start` until the batch is full; returns where it stopped. Kept out of the async generator, which V8 optimises less well. */
function fill(
  rows: readonly SheetRow[],
  start: number,
  batch: MutableBatch,
  batchSize: number,
  headerRow: number,
  validate: (row: SheetRow, sink: BatchSink) => void,
): number {
  let i = start;
  while (i < rows.length && batch.rowsRead < batchSize) {
    const r = rows[i++] as SheetRow;
    if (r.row <= headerRow || isBlankRow(r.cells)) continue;
    batch.rowsRead++;
    validate(r, batch);
  }
  return i;
}

async function* streamBatches(
  book: Spreadsheet,
  specs: readonly SheetSpec[],
  layouts: readonly SheetLayout[],
  options: ImportOptions,
  close: () => Promise<void>,
): AsyncGenerator<MutableBatch> {
  const { signal, onProgress } = options;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
  let rowsRead = 0;
  const report = (sheet: string): void =>
    onProgress?.({ sheet, rowsRead, bytesRead: book.bytesRead(), bytesTotal: book.bytesTotal });
  try {
    for (const [position, layout] of layouts.entries()) {
      const spec = specs.find((s) => s.key === layout.key);
      if (!spec) continue;
      const validate = compileRowValidator(spec, layout);
      const fresh = (): MutableBatch => ({
        sheet: layout.key,
        sheetName: layout.sheet,
        records: [],
        rejections: [],
        rowsRead: 0,
        rowsRejected: 0,
      });
      let batch = fresh();
      let sheetRows = 0;
      for await (const rows of book.rowBatches(layout.sheet)) {
        let next = 0;
        while (next < rows.length) {
          next = fill(rows, next, batch, batchSize, layout.headerRow, validate);
          if (batch.rowsRead >= batchSize) {
            rowsRead += batch.rowsRead;
            sheetRows += batch.rowsRead;
            report(layout.sheet);
            yield batch;
            if (signal?.aborted) throw cancelled();
            batch = fresh();
          }
        }
      }
      rowsRead += batch.rowsRead;
      sheetRows += batch.rowsRead;
      report(layout.sheet);
      if (position === 0 && sheetRows === 0) {
        throw refuse('no-data-rows', `工作表「${layout.sheet}」只有標題列，沒有任何資料列`);
      }
      if (batch.rowsRead > 0) yield batch;
    }
  } finally {
    await close();
  }
}
