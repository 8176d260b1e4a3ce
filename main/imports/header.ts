// Finding the header row and the columns in it. Officers' files have title rows above the header,
// columns in any order, full-width characters, stray spaces and extra columns; the header is the
// first row (of the first few) that names every required column.

import type { ColumnSpec, SheetSpec } from './columns.ts';
import type { CellValue, SheetRow } from './read/types.ts';

/** How far down a header row is looked for. */
export const HEADER_SEARCH_ROWS = 20;

export interface MatchedColumn {
  key: string;
  label: string;
  /** The header as the file writes it, for the report. */
  header: string;
  index: number;
}

export interface HeaderMatch {
  columns: MatchedColumn[];
  missing: ColumnSpec[];
  /** Headers that name no column (or repeat one already matched): ignored, and listed in the report. */
  unknown: string[];
  /** Survey: the question columns. */
  questions: Array<{ header: string; index: number }>;
}

/**
 * Trimmed, full-width folded (NFKC), inner whitespace removed, lower-cased; the '*' that the
 * templates put on required columns is dropped.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u200b\ufeff]+/g, '')
    .replace(/^\*+|\*+$/g, '')
    .toLowerCase();
}

interface AliasTarget {
  column: ColumnSpec;
  rank: number;
}

const aliasIndexes = new WeakMap<SheetSpec, Map<string, AliasTarget>>();

function aliasIndex(sheet: SheetSpec): Map<string, AliasTarget> {
  let index = aliasIndexes.get(sheet);
  if (!index) {
    index = new Map();
    for (const column of sheet.columns) {
      [column.label, ...(column.aliases ?? [])].forEach((name, rank) => index?.set(normalizeHeader(name), { column, rank }));
    }
    aliasIndexes.set(sheet, index);
  }
  return index;
}

function headerText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  return (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell)).trim();
}

export function matchHeader(cells: readonly CellValue[], sheet: SheetSpec): HeaderMatch {
  const index = aliasIndex(sheet);
  const best = new Map<string, { target: AliasTarget; header: string; index: number }>();
  const others: Array<{ header: string; index: number }> = [];
  cells.forEach((cell, i) => {
    const header = headerText(cell);
    if (header === '') return;
    const target = index.get(normalizeHeader(header));
    const current = target ? best.get(target.column.key) : undefined;
    if (!target) {
      others.push({ header, index: i });
    } else if (!current || target.rank < current.target.rank) {
      if (current) others.push({ header: current.header, index: current.index });
      best.set(target.column.key, { target, header, index: i });
    } else {
      others.push({ header, index: i });
    }
  });
  const columns: MatchedColumn[] = [];
  const missing: ColumnSpec[] = [];
  for (const column of sheet.columns) {
    const found = best.get(column.key);
    if (found) columns.push({ key: column.key, label: column.label, header: found.header, index: found.index });
    else if (column.required) missing.push(column);
  }
  others.sort((a, b) => a.index - b.index);
  const questions = sheet.questions ? others.filter((o) => !index.has(normalizeHeader(o.header))) : [];
  const unknown = others.filter((o) => !questions.includes(o)).map((o) => o.header);
  return { columns, missing, unknown, questions };
}

export type HeaderSearch =
  | { found: true; row: number; match: HeaderMatch }
  | { found: false; closest: HeaderMatch | null };

/** The first row that names every required column; else the row that came closest, for the refusal. */
export function findHeader(rows: readonly SheetRow[], sheet: SheetSpec): HeaderSearch {
  let closest: HeaderMatch | null = null;
  for (const r of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const match = matchHeader(r.cells, sheet);
    if (match.missing.length === 0) return { found: true, row: r.row, match };
    if (match.columns.length > 0 && (closest === null || match.missing.length < closest.missing.length)) closest = match;
  }
  return { found: false, closest };
}
