// CSV as a stream: the national site and Excel on Windows write Big5 or UTF-8 (with or without a
// BOM), Excel's "Unicode text" is UTF-16 with tabs. Encoding is decided from the first 64 KB: a BOM,
// else UTF-8 if it decodes strictly, else Big5 if that does, else it is no text at all.

import type { FileHandle } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { refuse, throwIfAborted } from '../errors.ts';
import { tooLongToken } from '../limits.ts';
import type { ImportLimits } from '../limits.ts';
import { cappedBatches, eachRow, missingSheet } from './stream.ts';
import type { CellValue, SheetRow, Spreadsheet } from './types.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'big5';

const READ_CHUNK = 256 * 1024;
/** No real cell is this long; an unbalanced quote swallowing the rest of the file is. */
const MAX_FIELD_CHARS = 1_000_000;

export function detectEncoding(head: Uint8Array, complete: boolean): TextEncoding | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  for (const encoding of ['utf-8', 'big5'] as const) {
    try {
      // stream: a multi-byte character cut at the end of the sample is not an error.
      new TextDecoder(encoding, { fatal: true }).decode(head, { stream: !complete });
      return encoding;
    } catch {
      // try the next encoding
    }
  }
  return null;
}

const START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3;
const AFTER_CR = 4;

/** RFC 4180 with the usual leniency: quoted fields with commas, newlines and doubled quotes; CRLF or LF. */
export class CsvParser {
  rows: SheetRow[] = [];
  #delimiter = 0;
  #state = START;
  #field = '';
  #cells: CellValue[] = [];
  #row = 0;
  readonly #maxColumns: number;

  constructor(maxColumns: number) {
    this.#maxColumns = maxColumns;
  }

  take(): SheetRow[] {
    const rows = this.rows;
    this.rows = [];
    return rows;
  }

  write(text: string): void {
    if (this.#delimiter === 0) this.#delimiter = detectDelimiter(text);
    const d = this.#delimiter;
    const n = text.length;
    let i = 0;
    while (i < n) {
      switch (this.#state) {
        case START:
          if (text.charCodeAt(i) === 34) {
            this.#state = QUOTED;
            i++;
          } else {
            this.#state = UNQUOTED;
          }
          break;
        case UNQUOTED: {
          let j = i;
          let c = 0;
          while (j < n) {
            c = text.charCodeAt(j);
            if (c === d || c === 10 || c === 13) break;
            j++;
          }
          if (j > i) this.#field = this.#field === '' ? text.slice(i, j) : this.#field + text.slice(i, j);
          if (this.#field.length > MAX_FIELD_CHARS) throw tooLongToken();
          i = j;
          if (j === n) break;
          i++;
          if (c === d) {
            this.#endField();
            this.#state = START;
          } else {
            this.#endRow();
            this.#state = c === 13 ? AFTER_CR : START;
          }
          break;
        }
        case QUOTED: {
          const q = text.indexOf('"', i);
          const end = q < 0 ? n : q;
          this.#field += text.slice(i, end);
          if (this.#field.length > MAX_FIELD_CHARS) {
            throw refuse('truncated', `CSV 檔第 ${this.#row + 1} 列的引號沒有成對，檔案格式有誤`);
          }
          i = end;
          if (q >= 0) {
            i++;
            this.#state = QUOTE_IN_QUOTED;
          }
          break;
        }
        case QUOTE_IN_QUOTED:
          if (text.charCodeAt(i) === 34) {
            this.#field += '"';
            i++;
            this.#state = QUOTED;
          } else {
            // Text after a closing quote is kept, as spreadsheet programs do.
            this.#state = UNQUOTED;
          }
          break;
        default:
          if (text.charCodeAt(i) === 10) i++;
          this.#state = START;
      }
    }
  }

  end(): void {
    if (this.#state !== START && this.#state !== AFTER_CR) this.#endRow();
    else if (this.#cells.length > 0) this.#endRow();
  }

  #endField(): void {
    if (this.#cells.length < this.#maxColumns) this.#cells.push(this.#field === '' ? null : this.#field);
    this.#field = '';
  }

  #endRow(): void {
    this.#endField();
    this.#row++;
    const cells = this.#cells;
    this.#cells = [];
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    if (cells.length > 0) this.rows.push({ row: this.#row, cells });
  }
}

/** Comma, tab or semicolon, whichever the first line has most of. */
function detectDelimiter(text: string): number {
  const newline = text.indexOf('\n');
  const line = newline < 0 ? text : text.slice(0, newline);
  let best = 44;
  let bestCount = 0;
  for (const d of [44, 9, 59]) {
    let count = 0;
    for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === d) count++;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

export function openCsv(
  handle: FileHandle,
  path: string,
  size: number,
  encoding: TextEncoding,
  limits: ImportLimits,
  signal: AbortSignal | undefined,
): Spreadsheet {
  // Excel names a csv's one sheet after the file; so do we, so the report reads the same.
  const sheet = basename(path, extname(path));
  let position = 0;

  async function* scan(name: string): AsyncGenerator<SheetRow[]> {
    if (name !== sheet) throw missingSheet(name);
    const parser = new CsvParser(limits.maxColumns);
    const decoder = new TextDecoder(encoding);
    const buf = Buffer.allocUnsafe(READ_CHUNK);
    let at = 0;
    while (at < size) {
      throwIfAborted(signal);
      const { bytesRead } = await handle.read(buf, 0, Math.min(READ_CHUNK, size - at), at);
      if (bytesRead === 0) break;
      at += bytesRead;
      position = at;
      parser.write(decoder.decode(buf.subarray(0, bytesRead), { stream: true }));
      if (parser.rows.length > 0) yield parser.take();
    }
    parser.write(decoder.decode());
    parser.end();
    if (parser.rows.length > 0) yield parser.take();
  }

  const rowBatches = (name: string): AsyncIterable<SheetRow[]> => cappedBatches(scan(name), name, limits.maxRows);
  return {
    format: 'csv',
    sheets: [sheet],
    encoding,
    bytesTotal: size,
    bytesRead: () => position,
    rowBatches,
    rows: (name) => eachRow(rowBatches(name)),
    close: () => handle.close(),
  };
}
