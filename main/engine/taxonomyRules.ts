// Whether a course-classification list may become a version (taxonomy.md): well-formed codes,
// every parent present, no duplicate codes. Pure: the importer passes the rows it read.
import { isWellFormedCode, parentCode } from './classification.ts';

export interface TaxonomyRow {
  /** The spreadsheet row, 1-based. */
  row: number;
  code: string;
  name: string;
}

export interface TaxonomyProblem {
  row: number;
  /** Which column: the caller turns it into the header the file writes. */
  column: 'code' | 'name';
  reason: string;
}

/** Codes in classification order: 1, 1-1, 1-1-1, 1-1-2, 1-1-99, 1-2, …, 2 (numeric per segment). */
export function compareCodes(a: string, b: string): number {
  const as = a.split('-').map(Number);
  const bs = b.split('-').map(Number);
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const d = (as[i] ?? -1) - (bs[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** Every problem of the list, in row order; [] when it can be stored as a version. */
export function checkTaxonomy(rows: readonly TaxonomyRow[]): TaxonomyProblem[] {
  const problems: TaxonomyProblem[] = [];
  const firstRow = new Map<string, number>();
  for (const r of rows) {
    if (r.name.trim() === '') problems.push({ row: r.row, column: 'name', reason: `代碼「${r.code}」沒有名稱` });
    if (!isWellFormedCode(r.code)) {
      problems.push({
        row: r.row,
        column: 'code',
        reason: `代碼「${r.code}」格式不正確（應為 1、1-2 或 1-2-3 這樣以「-」分隔的數字，最多三層，數字不以 0 開頭）`,
      });
      continue;
    }
    const earlier = firstRow.get(r.code);
    if (earlier !== undefined) {
      problems.push({ row: r.row, column: 'code', reason: `代碼「${r.code}」重複（第 ${earlier} 列已有）` });
      continue;
    }
    firstRow.set(r.code, r.row);
  }
  for (const r of rows) {
    if (!isWellFormedCode(r.code) || firstRow.get(r.code) !== r.row) continue;
    const parent = parentCode(r.code);
    if (parent !== null && !firstRow.has(parent)) {
      problems.push({ row: r.row, column: 'code', reason: `代碼「${r.code}」的上層「${parent}」不在清單中` });
    }
  }
  return problems.sort((a, b) => a.row - b.row);
}
