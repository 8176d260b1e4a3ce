// The import report as a printable .xlsx: 匯入結果 (the counts, under a title naming the kind and
// the file), 未匯入資料列 (each rejection with sheet, row, column and reason) and, for a roster,
// 未出現在新名冊 (national IDs masked by the column). The two lists start with their header row, so
// an officer can sort and filter them at once. Rows are read page by page and streamed out, so a
// report of 200,000 rejections is written with bounded memory.

import type { Kysely } from 'kysely';
import { importRejections, importSummary, missingTeachers, type ImportSummary } from '../../db/queries/imports.ts';
import type { DB } from '../../db/schema.ts';
import { formatRocDateTime } from '../engine/rocDate.ts';
import { KINDS, isImportKind } from '../imports/index.ts';
import { styledXlsxBuffer, type CellValue, type StyledSheet } from './xlsx/workbook.ts';

const PAGE = 5000;

export const STATUS_LABELS = { landed: '已匯入', refused: '拒收（資料未變更）', cancelled: '已取消（資料未變更）', failed: '未完成（資料未變更）' } as const;

export function kindLabel(kind: string): string {
  return isImportKind(kind) ? KINDS[kind].label : kind;
}

function summaryRows(s: ImportSummary): CellValue[][] {
  const rows: CellValue[][] = [
    ['匯入種類', kindLabel(s.kind)],
    ['檔案', s.fileName],
    ['學年度', s.year],
    ['開始時間', formatRocDateTime(s.startedAt)],
    ['完成時間', formatRocDateTime(s.finishedAt)],
    ['結果', STATUS_LABELS[s.status]],
  ];
  if (s.message) rows.push(['說明', s.message]);
  rows.push(
    ['讀取資料列', s.read],
    ['新增', s.added],
    ['更新', s.replaced],
    ['未變更', s.unchanged],
    ['未匯入（資料列有誤）', s.rejected],
  );
  if (s.kind === 'teachers') rows.push(['未出現在新名冊', s.missing]);
  if (s.unknownColumns.length) rows.push(['略過的欄位（不認得的標題）', s.unknownColumns.join('、')]);
  return rows;
}

async function* paged<T>(read: (offset: number) => Promise<{ rows: T[] }>, toCells: (row: T) => CellValue[]): AsyncGenerator<CellValue[]> {
  for (let offset = 0; ; offset += PAGE) {
    const { rows } = await read(offset);
    for (const row of rows) yield toCells(row);
    if (rows.length < PAGE) return;
  }
}

/** The report workbook of one import, or null when there is no such import. */
export async function importReportXlsx(db: Kysely<DB>, id: number): Promise<{ fileName: string; data: Buffer } | null> {
  const summary = await importSummary(db, id);
  if (!summary) return null;
  const sheets: StyledSheet[] = [
    {
      name: '匯入結果',
      titles: [`匯入報告：${kindLabel(summary.kind)}`, `${summary.fileName}（${STATUS_LABELS[summary.status]}）`],
      columns: [
        { header: '項目', width: 26 },
        { header: '內容', width: 60, kind: 'general' },
      ],
      rows: summaryRows(summary),
      orientation: 'portrait',
    },
    {
      name: '未匯入資料列',
      columns: [
        { header: '工作表', width: 16 },
        { header: '列', width: 8, kind: 'integer' },
        { header: '欄位', width: 16 },
        { header: '原因', width: 70 },
      ],
      rows: paged(
        (offset) => importRejections(db, id, { offset, limit: PAGE }),
        (r) => [r.sheet, r.row, r.column, r.reason],
      ),
    },
  ];
  if (summary.kind === 'teachers' && summary.missing > 0) {
    sheets.push({
      name: '未出現在新名冊',
      columns: [
        { header: '身分證字號', width: 13, kind: 'nationalId' },
        { header: '姓名', width: 12 },
        { header: '學校代碼', width: 10 },
        { header: '學校', width: 30 },
        { header: '目前在職狀態', width: 12 },
      ],
      rows: paged(
        (offset) => missingTeachers(db, id, { offset, limit: PAGE }),
        (t) => [t.maskedId, t.name, t.schoolCode, t.school, t.employmentStatus],
      ),
    });
  }
  const base = summary.fileName.replace(/\.[^.]+$/, '');
  return { fileName: `匯入報告-${kindLabel(summary.kind)}-${base}.xlsx`, data: await styledXlsxBuffer(sheets) };
}
