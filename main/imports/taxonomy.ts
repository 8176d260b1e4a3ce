// The taxonomy import kind (formats.md: 代碼 / 課程類別代碼, 名稱) read through the shared pipeline:
// any spreadsheet format, the header below title rows, codes restored from Excel numbers. The
// list is small, so it is read whole and judged as one: a version lands complete or not at all.
import { checkTaxonomy, type TaxonomyRow } from '../engine/taxonomyRules.ts';
import { ImportRefused, refuse } from './errors.ts';
import { findHeader } from './header.ts';
import { KINDS } from './kinds.ts';
import { openSpreadsheet } from './read/open.ts';
import type { SheetRow } from './read/types.ts';
import { compileRowValidator, isBlankRow, type BatchSink, type Rejection } from './validate.ts';

/** The official list has a few hundred lines; anything far larger is not a classification list. */
const MAX_ROWS = 20_000;

/** The list could not become a version: every problem with its sheet, row and column. */
export class TaxonomyRefused extends Error {
  readonly problems: Rejection[];
  constructor(message: string, problems: Rejection[]) {
    super(message);
    this.name = 'TaxonomyRefused';
    this.problems = problems;
  }
}

export interface TaxonomyFile {
  sheet: string;
  items: { code: string; name: string }[];
}

/** Reads and checks a classification list; throws ImportRefused (unreadable file) or TaxonomyRefused. */
export async function readTaxonomyFile(path: string): Promise<TaxonomyFile> {
  const spec = KINDS.taxonomy.sheets[0];
  const book = await openSpreadsheet(path, { maxRows: MAX_ROWS });
  try {
    // The sheet named 課程分類 first, then the others in workbook order: the first with the columns wins.
    const sheets = [...book.sheets].sort((a, b) => Number(b === spec.name) - Number(a === spec.name));
    for (const sheet of sheets) {
      const rows: SheetRow[] = [];
      for await (const row of book.rows(sheet)) rows.push(row);
      const header = findHeader(rows, spec);
      if (!header.found) continue;
      const validate = compileRowValidator(spec, {
        key: spec.key,
        sheet,
        headerRow: header.row,
        columns: header.match.columns,
        unknownColumns: header.match.unknown,
        questions: [],
        questionIndexes: [],
      });
      const sink: BatchSink = { records: [], rejections: [], rowsRejected: 0 };
      for (const row of rows) if (row.row > header.row && !isBlankRow(row.cells)) validate(row, sink);
      const read = sink.records as unknown as TaxonomyRow[];
      if (read.length === 0 && sink.rejections.length === 0) throw refuse('no-data-rows', `工作表「${sheet}」沒有任何分類資料列`);
      const headerOf = (key: 'code' | 'name'): string => header.match.columns.find((c) => c.key === key)?.header ?? key;
      const problems: Rejection[] = [
        ...sink.rejections,
        ...checkTaxonomy(read).map((p) => ({ sheet, row: p.row, column: headerOf(p.column), reason: p.reason })),
      ].sort((a, b) => a.row - b.row);
      if (problems.length > 0) throw new TaxonomyRefused(`課程分類清單有 ${problems.length} 個問題`, problems);
      return { sheet, items: read.map((r) => ({ code: r.code, name: r.name })) };
    }
    throw refuse('missing-columns', '找不到課程分類的標題列：需要「代碼」（或「課程類別代碼」）與「名稱」兩欄');
  } finally {
    await book.close();
  }
}

export { ImportRefused };
