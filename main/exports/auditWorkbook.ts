// The audit trail (資料與安全 › 操作紀錄) as a printable workbook: one row per recorded change,
// newest first, with the filter it was cut by in the title lines.

import type { StoredAuditEntry } from '../../db/queries/audit.ts';
import { AUDIT_ACTIONS, AUDIT_AREAS, AUDIT_RESULTS, type AuditFilter } from '../../preload/contracts/audit.ts';
import { formatRocDate, formatRocDateTime } from '../engine/rocDate.ts';
import { writeStyledXlsx, type CellValue, type Column } from './xlsx/workbook.ts';

export const AUDIT_SHEET = '操作紀錄';

const label = <T extends Record<string, unknown>>(table: T, key: string): string => {
  const found = (table as Record<string, unknown>)[key];
  if (typeof found === 'string') return found;
  if (found !== null && typeof found === 'object' && 'label' in found && typeof found.label === 'string') return found.label;
  return key;
};

/** The filter in words: '期間 113/09/01 至 113/09/30；動作：退回規劃；含「臺中」'. */
export function filterText(filter: AuditFilter): string {
  const parts: string[] = [];
  if (filter.from !== null || filter.to !== null) {
    parts.push(`期間 ${filter.from === null ? '最早' : formatRocDate(filter.from)} 至 ${filter.to === null ? '最近' : formatRocDate(filter.to)}`);
  }
  if (filter.area !== null) parts.push(`範圍：${label(AUDIT_AREAS, filter.area)}`);
  if (filter.action !== null) parts.push(`動作：${label(AUDIT_ACTIONS, filter.action)}`);
  if (filter.q !== '') parts.push(`含「${filter.q}」`);
  return parts.length === 0 ? '全部紀錄' : parts.join('；');
}

const SUMMARY_WIDTH = 80;

/** Lines the summary wraps to in its column (a Han character is two units wide, as column widths count). */
function summaryLines(values: readonly CellValue[]): number {
  const text = typeof values[6] === 'string' ? values[6] : '';
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1;
  // Spreadsheet programs fit a little more than the nominal width on a line.
  return Math.max(1, Math.ceil(width / (SUMMARY_WIDTH + 6)));
}

export async function writeAuditWorkbook(path: string, rows: readonly StoredAuditEntry[], filter: AuditFilter, at: Date = new Date()): Promise<void> {
  const columns: Column[] = [
    { header: '編號', width: 8, kind: 'integer' },
    { header: '時間', width: 17 },
    { header: '使用者', width: 14 },
    { header: '範圍', width: 13 },
    { header: '動作', width: 20 },
    { header: '結果', width: 8 },
    { header: '內容', width: SUMMARY_WIDTH },
    { header: '程式版本', width: 10 },
  ];
  const body = rows.map((r): CellValue[] => [
    r.id,
    formatRocDateTime(r.at),
    r.osUser,
    label(AUDIT_AREAS, r.area),
    label(AUDIT_ACTIONS, r.action),
    AUDIT_RESULTS[r.result],
    r.summary,
    r.appVersion,
  ]);
  await writeStyledXlsx(
    path,
    [{ name: AUDIT_SHEET, titles: ['進修規劃管理　操作紀錄', `${filterText(filter)}；共 ${rows.length.toLocaleString('zh-TW')} 筆；匯出時間：${formatRocDateTime(at)}`], columns, rows: body, rowLines: summaryLines }],
    { printedOn: at },
  );
}
