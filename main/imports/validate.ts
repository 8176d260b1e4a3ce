// One row of cells → one typed record, or the reasons it was rejected, each naming the sheet, the
// row number the officer sees and the column header as the file writes it.

import type { ColumnSpec, SheetSpec, ValueType } from './columns.ts';
import type { MatchedColumn } from './header.ts';
import type { CellValue, SheetRow } from './read/types.ts';
import {
  Invalid,
  isBlank,
  parseAnswer,
  parseCode,
  parseCount,
  parseDate,
  parseDateTime,
  parseEmail,
  enumParser,
  parseHours,
  parseNationalId,
  parsePhone,
  parseText,
} from './values.ts';
import type { Parsed } from './values.ts';

export interface Rejection {
  sheet: string;
  /** 1-based, as the officer sees it in the spreadsheet. */
  row: number;
  column: string;
  reason: string;
}

/** Where a sheet's columns are, once its header row is found. */
export interface SheetLayout {
  /** The spec's sheet key ('plans', 'hours', …). */
  key: string;
  /** The sheet's name in the file (a csv's is its file name). */
  sheet: string;
  headerRow: number;
  columns: MatchedColumn[];
  unknownColumns: string[];
  /** Survey only: the question texts, in column order. */
  questions: string[];
  questionIndexes: number[];
}

export interface BatchSink {
  records: Array<Record<string, unknown>>;
  rejections: Rejection[];
  rowsRejected: number;
}

type CellParser = (cell: CellValue) => Parsed<unknown>;

const PARSERS: Record<Exclude<ValueType, 'enum'>, CellParser> = {
  text: parseText,
  code: parseCode,
  nationalId: parseNationalId,
  hours: parseHours,
  count: parseCount,
  date: parseDate,
  dateTime: parseDateTime,
  email: parseEmail,
  phone: parsePhone,
};

/** Cells that repeat often enough to be worth remembering, and whose parse is costly: dates. */
const MEMO_CAPACITY = 4096;

/**
 * Hour files repeat a few hundred dates over a million rows, and parseDateInput is the costliest
 * parser: each column remembers its recent results (bounded; cleared when full). Results are
 * copied out so that no two records share an object.
 */
function memoizedDates<T>(parse: (cell: CellValue) => Parsed<T>, copy: (value: T) => T): CellParser {
  let byValue = new Map<string | number | boolean, Parsed<T>>();
  let byTime = new Map<number, Parsed<T>>();
  // Rows of one course follow each other in an export: comparing with the last text costs less
  // than hashing it for the map.
  let lastText: string | null = null;
  let lastResult: Parsed<T> = null;
  return (cell) => {
    if (cell === null) return null;
    if (cell === lastText) return lastResult === null || lastResult instanceof Invalid ? lastResult : copy(lastResult);
    const cache: Map<string | number | boolean, Parsed<T>> = cell instanceof Date ? byTime : byValue;
    const key = cell instanceof Date ? cell.getTime() : cell;
    let result = cache.get(key);
    if (result === undefined) {
      result = parse(cell);
      if (cache.size >= MEMO_CAPACITY) {
        if (cell instanceof Date) byTime = new Map();
        else byValue = new Map();
      }
      (cell instanceof Date ? byTime : byValue).set(key as never, result);
    }
    if (typeof cell === 'string') {
      lastText = cell;
      lastResult = result;
    }
    return result === null || result instanceof Invalid ? result : copy(result);
  };
}

function parserFor(column: ColumnSpec): CellParser {
  switch (column.type) {
    case 'enum':
      return enumParser(column.options ?? []);
    case 'date':
      return memoizedDates(parseDate, (d) => d);
    case 'dateTime':
      return memoizedDates(parseDateTime, (d) => ({ date: d.date, time: d.time }));
    default:
      return PARSERS[column.type];
  }
}

export function isBlankRow(cells: readonly CellValue[]): boolean {
  for (const cell of cells) if (!isBlank(cell)) return false;
  return true;
}

interface Slot {
  key: string;
  header: string;
  /** -1 when the file has no such (optional) column. */
  index: number;
  required: boolean;
  parse: CellParser;
}

/** Compiled once per sheet: the per-row work is one pass over the columns. */
export function compileRowValidator(spec: SheetSpec, layout: SheetLayout): (row: SheetRow, sink: BatchSink) => void {
  const slots: Slot[] = spec.columns.map((column) => {
    const found = layout.columns.find((c) => c.key === column.key);
    return {
      key: column.key,
      header: found?.header ?? column.label,
      index: found?.index ?? -1,
      required: column.required === true,
      parse: parserFor(column),
    };
  });
  const headerOf = (key: string): string => slots.find((s) => s.key === key)?.header ?? key;
  // Every record starts as a copy of one template, so all records of a sheet share one shape and
  // the stores below hit existing fields (a hot path: once per cell of a million-row file).
  const template: Record<string, unknown> = { row: 0 };
  for (const slot of slots) template[slot.key] = null;
  if (spec.questions) template.answers = null;
  const reject = (sink: BatchSink, row: number, column: string, reason: string): void => {
    sink.rejections.push({ sheet: layout.sheet, row, column, reason });
  };

  return (row, sink) => {
    const { cells } = row;
    const record = { ...template };
    record.row = row.row;
    let problems = 0;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as Slot;
      const cell = slot.index < 0 ? null : cells[slot.index];
      const value = cell === null || cell === undefined ? null : slot.parse(cell);
      if (value === null) {
        if (slot.required) {
          reject(sink, row.row, slot.header, `${slot.header}不可空白`);
          problems++;
        }
      } else if (value instanceof Invalid) {
        reject(sink, row.row, slot.header, value.reason);
        problems++;
      } else {
        record[slot.key] = value;
      }
    }
    if (spec.questions) {
      record.answers = layout.questionIndexes.map((i) => {
        const answer = parseAnswer(cells[i] ?? null);
        return answer instanceof Invalid ? null : answer;
      });
    }
    if (problems === 0 && spec.rowCheck) {
      const problem = spec.rowCheck(record);
      if (problem) {
        reject(sink, row.row, headerOf(problem.column), problem.reason);
        problems++;
      }
    }
    if (problems > 0) sink.rowsRejected++;
    else sink.records.push(record);
  };
}
