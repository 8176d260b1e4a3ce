// The hot loop of .xlsx reading: a scanner for a worksheet's <sheetData>, written for speed (a
// million-row sheet should stream at several hundred thousand rows a second). It works on the
// decoded text with indexOf and char codes, allocates nothing per number or shared-string cell, and
// hands out finished rows. Namespace prefixes (<x:row>, written by some .NET tools) are ignored.

import { DAMAGED_MESSAGE, refuse } from '../errors.ts';
import { MAX_TOKEN_CHARS, tooLongToken } from '../limits.ts';
import type { CellValue, SheetRow } from './types.ts';
import {
  columnAt,
  digitsAt,
  isoToDate,
  numberAt,
  serialToDate,
  T_BOOLEAN,
  T_DATE,
  T_NUMBER,
  T_SHARED,
  typeAt,
} from './xlsxCells.ts';
import { decodeXml } from './xml.ts';

export interface SheetContext {
  sharedStrings: readonly string[];
  /** 1 for each cell style index whose number format is a date. */
  dateStyles: Uint8Array;
  date1904: boolean;
  maxColumns: number;
}

const INCOMPLETE = -2;
const NOT_PLAIN = -1;

const isNameEnd = (c: number): boolean => c === 32 || c === 47 || c === 62 || c === 9 || c === 10 || c === 13;

export class SheetScanner {
  /** Finished rows since the last take(). */
  rows: SheetRow[] = [];
  done = false;
  readonly #ctx: SheetContext;
  #rest = '';
  #prefix: string | null = null;
  #openV = '<v>';
  #closeVC = '</v></c>';
  #inData = false;
  #rowNumber = 0;
  #cells: CellValue[] = [];
  #lastCol = -1;
  #cellCol = 0;
  #cellType = T_NUMBER;
  #cellStyle = 0;
  #cellValue: CellValue = null;
  #inInline = false;
  #phonetic = 0;
  #inlineText: string | null = null;

  constructor(ctx: SheetContext) {
    this.#ctx = ctx;
  }

  write(chunk: string): void {
    if (this.done) return;
    let buf = this.#rest === '' ? chunk : this.#rest + chunk;
    if (!this.#inData) {
      const start = this.#findSheetData(buf);
      if (start < 0) {
        // Keep a tail long enough to hold a split '<prefix:sheetData' tag.
        this.#rest = buf.slice(Math.max(0, buf.length - 64));
        return;
      }
      buf = buf.slice(start);
    }
    this.#rest = this.#inData && !this.done ? buf.slice(this.#scan(buf)) : '';
    if (this.#rest.length > MAX_TOKEN_CHARS) throw tooLongToken();
  }

  take(): SheetRow[] {
    const rows = this.rows;
    this.rows = [];
    return rows;
  }

  /** Position just after <sheetData>, or -1 when it has not come yet. */
  #findSheetData(buf: string): number {
    if (this.#prefix === null) {
      let pos = 0;
      for (;;) {
        const lt = buf.indexOf('<', pos);
        if (lt < 0 || lt + 1 >= buf.length) return -1;
        const c = buf.charCodeAt(lt + 1);
        if (c === 63 || c === 33) {
          const gt = buf.indexOf('>', lt);
          if (gt < 0) return -1;
          pos = gt + 1;
          continue;
        }
        let end = lt + 1;
        while (end < buf.length && !isNameEnd(buf.charCodeAt(end))) end++;
        if (end >= buf.length) return -1;
        const name = buf.slice(lt + 1, end);
        const colon = name.indexOf(':');
        this.#prefix = colon < 0 ? '' : name.slice(0, colon + 1);
        this.#openV = `<${this.#prefix}v>`;
        this.#closeVC = `</${this.#prefix}v></${this.#prefix}c>`;
        break;
      }
    }
    const tag = `<${this.#prefix}sheetData`;
    const at = buf.indexOf(tag);
    if (at < 0) return -1;
    const gt = buf.indexOf('>', at);
    if (gt < 0) return -1;
    this.#inData = true;
    if (buf.charCodeAt(gt - 1) === 47) this.done = true;
    return gt + 1;
  }

  /** Scans rows and cells; returns where the unfinished tail starts. */
  #scan(buf: string): number {
    let pos = 0;
    for (;;) {
      const lt = buf.indexOf('<', pos);
      if (lt < 0) return buf.length;
      const gt = buf.indexOf('>', lt + 1);
      if (gt < 0) return lt;
      let i = lt + 1;
      const closing = buf.charCodeAt(i) === 47;
      if (closing) i++;
      let nameStart = i;
      while (i < gt) {
        const c = buf.charCodeAt(i);
        if (isNameEnd(c)) break;
        if (c === 58) nameStart = i + 1;
        i++;
      }
      const nameLength = i - nameStart;
      const c0 = buf.charCodeAt(nameStart);
      const selfClosing = buf.charCodeAt(gt - 1) === 47;
      if (nameLength === 1) {
        if (c0 === 99 /* c */) {
          if (closing) {
            this.#endCell();
          } else {
            this.#startCell(buf, i, gt, selfClosing);
            if (!selfClosing) {
              const next = this.#plainCellBody(buf, gt + 1);
              if (next === INCOMPLETE) return lt;
              if (next >= 0) {
                pos = next;
                continue;
              }
            }
          }
        } else if ((c0 === 118 /* v */ || c0 === 116) /* t */ && !closing && !selfClosing) {
          const end = buf.indexOf('<', gt + 1);
          if (end < 0) return lt;
          if (c0 === 118) this.#value(buf, gt + 1, end);
          else if (this.#inInline && this.#phonetic === 0) this.#inlineText += decodeXml(buf.slice(gt + 1, end));
          pos = end;
          continue;
        }
      } else if (nameLength === 3 && c0 === 114 /* r */) {
        const c1 = buf.charCodeAt(nameStart + 1);
        if (c1 === 111 /* row */) {
          if (closing) this.#endRow();
          else this.#startRow(buf, i, gt);
        } else if (c1 === 80 && buf.charCodeAt(nameStart + 2) === 104 /* rPh */ && !selfClosing) {
          this.#phonetic += closing ? -1 : 1;
        }
      } else if (nameLength === 2 && c0 === 105 /* is */ && buf.charCodeAt(nameStart + 1) === 115) {
        if (!closing && !selfClosing) {
          this.#inInline = true;
          this.#inlineText = '';
        } else if (closing) {
          this.#inInline = false;
        }
      } else if (closing && nameLength === 9 && buf.startsWith('sheetData', nameStart)) {
        this.done = true;
        return gt + 1;
      }
      pos = gt + 1;
    }
  }

  /**
   * The common cell, <c …><v>…</v></c> with nothing in between, in one step: returns where the next
   * tag starts, NOT_PLAIN for anything else (formulas, inline strings, pretty-printing), or
   * INCOMPLETE when the chunk ends inside it.
   */
  #plainCellBody(buf: string, p: number): number {
    const open = this.#openV;
    const close = this.#closeVC;
    if (p + open.length > buf.length) return INCOMPLETE;
    if (!buf.startsWith(open, p)) return NOT_PLAIN;
    const start = p + open.length;
    const end = buf.indexOf('<', start);
    if (end < 0 || end + close.length > buf.length) return INCOMPLETE;
    if (!buf.startsWith(close, end)) return NOT_PLAIN;
    this.#value(buf, start, end);
    this.#endCell();
    return end + close.length;
  }

  #startRow(buf: string, from: number, end: number): void {
    let number = this.#rowNumber + 1;
    let k = from;
    while (k < end) {
      const eq = buf.indexOf('=', k);
      if (eq < 0 || eq >= end) break;
      const q = buf.charCodeAt(eq + 1) === 39 ? "'" : '"';
      const vs = buf.indexOf(q, eq) + 1;
      const ve = buf.indexOf(q, vs);
      if (vs <= 0 || ve < 0 || ve > end) break;
      if (buf.charCodeAt(eq - 1) === 114 && isNameEnd(buf.charCodeAt(eq - 2))) {
        const n = digitsAt(buf, vs, ve);
        if (n > 0) number = n;
      }
      k = ve + 1;
    }
    this.#rowNumber = number;
    this.#cells = [];
    this.#lastCol = -1;
  }

  #endRow(): void {
    if (this.#cells.length > 0) this.rows.push({ row: this.#rowNumber, cells: this.#cells });
    this.#cells = [];
  }

  #startCell(buf: string, from: number, end: number, selfClosing: boolean): void {
    let col = -1;
    let type = T_NUMBER;
    let style = 0;
    // One pass over the tag's characters; only one-letter attributes matter: r, s, t.
    let i = from;
    while (i < end) {
      const c = buf.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47) {
        i++;
        continue;
      }
      const nameStart = i;
      while (i < end && buf.charCodeAt(i) !== 61) i++;
      const nameLength = i - nameStart;
      i++;
      while (i < end && buf.charCodeAt(i) !== 34 && buf.charCodeAt(i) !== 39) i++;
      const quote = buf.charCodeAt(i);
      const vs = ++i;
      while (i < end && buf.charCodeAt(i) !== quote) i++;
      const ve = i++;
      if (nameLength === 1) {
        const name = buf.charCodeAt(nameStart);
        if (name === 114 /* r */) col = columnAt(buf, vs, ve);
        else if (name === 115 /* s */) style = digitsAt(buf, vs, ve);
        else if (name === 116 /* t */) type = typeAt(buf, vs, ve);
      }
    }
    this.#cellCol = col < 0 ? this.#lastCol + 1 : col;
    this.#cellType = type;
    this.#cellStyle = style;
    this.#cellValue = null;
    this.#inlineText = null;
    this.#inInline = false;
    this.#phonetic = 0;
    if (selfClosing) this.#lastCol = this.#cellCol;
  }

  #endCell(): void {
    const col = this.#cellCol;
    this.#lastCol = col;
    const value = this.#inlineText !== null ? this.#inlineText : this.#cellValue;
    this.#inlineText = null;
    if (value === null || col >= this.#ctx.maxColumns) return;
    const cells = this.#cells;
    while (cells.length < col) cells.push(null);
    if (col === cells.length) cells.push(value);
    else cells[col] = value;
  }

  #value(buf: string, a: number, b: number): void {
    switch (this.#cellType) {
      case T_NUMBER: {
        const n = numberAt(buf, a, b);
        this.#cellValue =
          typeof n === 'number' && this.#ctx.dateStyles[this.#cellStyle] === 1 ? serialToDate(n, this.#ctx.date1904) : n;
        return;
      }
      case T_SHARED: {
        const s = this.#ctx.sharedStrings[digitsAt(buf, a, b)];
        if (s === undefined) throw refuse('truncated', DAMAGED_MESSAGE);
        this.#cellValue = s;
        return;
      }
      case T_BOOLEAN:
        this.#cellValue = buf.charCodeAt(a) === 49;
        return;
      case T_DATE:
        this.#cellValue = isoToDate(buf.slice(a, b));
        return;
      default:
        this.#cellValue = decodeXml(buf.slice(a, b));
    }
  }
}
