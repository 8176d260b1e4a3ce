// 資料與安全 › 操作紀錄: reading the audit trail and writing it out as a workbook. The rows themselves
// are written at the one door (dispatch.ts → auditLog.ts) by the rules of auditRules.ts.

import { readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { allAuditEntries, listAuditEntries } from '../../db/queries/audit.ts';
import { toTaipeiInstant } from '../engine/rocDate.ts';
import { AUDIT_SHEET, writeAuditWorkbook } from '../exports/auditWorkbook.ts';
import type { Handlers } from './context.ts';
import { AppError } from './errors.ts';
import { lastFolder, rememberFolder } from './exportPaths.ts';
import { checkOutputPath } from './outputPath.ts';

/** An existing file may be replaced only when it is an earlier audit workbook of ours. */
function isAuditWorkbook(path: string): boolean {
  try {
    const bytes = readFileSync(path);
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
    const names = XLSX.read(bytes, { type: 'buffer', bookSheets: true }).SheetNames;
    return names.length === 1 && names[0] === AUDIT_SHEET;
  } catch {
    return false;
  }
}

export const auditHandlers: Handlers<'audit:list' | 'audit:export'> = {
  'audit:list'({ filter, page }, { store }) {
    if (filter.from !== null && filter.to !== null && filter.from > filter.to) throw new AppError('BAD_INPUT', '起日不能晚於迄日，請重新選擇期間。');
    return listAuditEntries(store.sqlite, filter, page);
  },

  async 'audit:export'({ filter, path }, { store, chooseSavePath }) {
    let out = path ?? null;
    if (out === null) {
      if (!chooseSavePath) return { available: false, path: null, rows: 0 };
      const name = `操作紀錄_${toTaipeiInstant(new Date()).slice(0, 10).replace(/-/g, '')}.xlsx`;
      const folder = lastFolder(store);
      out = await chooseSavePath({ title: '匯出操作紀錄', defaultPath: folder === null ? name : join(folder, name), extensions: ['xlsx'], folder: false });
      if (out === null) return { available: true, path: null, rows: 0 };
    }
    const target = checkOutputPath(extname(out) === '' ? `${out}.xlsx` : out, ['.xlsx'], isAuditWorkbook);
    const rows = allAuditEntries(store.sqlite, filter);
    try {
      await writeAuditWorkbook(target, rows, filter);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOSPC' ? '磁碟空間不足' : code === 'EACCES' || code === 'EPERM' ? '沒有寫入該資料夾的權限' : code === 'EBUSY' ? '檔案正被其他程式開啟' : '無法寫入檔案';
      throw new AppError('EXPORT_FAILED', `操作紀錄沒有匯出：${why}（${target}）。`);
    }
    rememberFolder(store, dirname(target));
    return { available: true, path: target, rows: rows.length };
  },
};
