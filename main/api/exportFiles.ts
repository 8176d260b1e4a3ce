// Spreadsheets for printing (the award list of a stored run, the filing progress), the save dialog
// the export screen offers, and opening a file the app has just written with the system's viewer
// — where the officer reads it, prints it with the system's print dialog, or saves a copy.

import { statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { chosenRun } from '../exports/awardRun.ts';
import { writeAwardsWorkbook } from '../exports/awardsWorkbook.ts';
import { refreshFiling } from '../exports/forms/planRecords.ts';
import { writeProgressWorkbook } from '../exports/progressWorkbook.ts';
import type { Handlers } from './context.ts';
import { AppError } from './errors.ts';
import { isAwardsWorkbook, isProgressWorkbook, lastFolder, rememberFolder, rememberWritten, wasWritten } from './exportPaths.ts';
import { checkOutputPath } from './outputPath.ts';
import { requireYear } from './scheduleState.ts';

/** '…/獎勵名單' → '…/獎勵名單.xlsx'; a name with another extension is left for checkOutputPath to refuse. */
const xlsxPath = (out: string): string => (extname(out) === '' ? `${out}.xlsx` : out);

const DIALOG = {
  pdf: { title: '儲存 PDF', extensions: ['pdf'] },
  xlsx: { title: '儲存 Excel 活頁簿', extensions: ['xlsx'] },
  folder: { title: '選擇存放 PDF 的資料夾（每校／每單位一個檔案）', extensions: [] },
} as const;

export const exportFileHandlers: Handlers<'exports:awards' | 'exports:progress' | 'exports:chooseOut' | 'exports:open'> = {
  async 'exports:awards'({ year, run, out }, { store }) {
    requireYear(store.sqlite, year);
    const path = checkOutputPath(xlsxPath(out), ['.xlsx'], isAwardsWorkbook);
    const chosen = chosenRun(store.sqlite, year, run);
    const { sheets } = await writeAwardsWorkbook(store.sqlite, chosen, path);
    rememberWritten(path);
    rememberFolder(store, dirname(path));
    return { path, run: chosen.id, bytes: statSync(path).size, sheets };
  },

  async 'exports:progress'({ year, out }, { store }) {
    requireYear(store.sqlite, year);
    const path = checkOutputPath(xlsxPath(out), ['.xlsx'], isProgressWorkbook);
    refreshFiling(store.sqlite, year);
    const { rows } = await writeProgressWorkbook(store.sqlite, year, path);
    rememberWritten(path);
    rememberFolder(store, dirname(path));
    return { path, rows, bytes: statSync(path).size };
  },

  async 'exports:chooseOut'({ kind, name }, { store, chooseSavePath }) {
    if (!chooseSavePath) return { available: false, path: null };
    const folder = lastFolder(store);
    const defaultPath = folder === null ? name : join(folder, name);
    return { available: true, path: await chooseSavePath({ ...DIALOG[kind], defaultPath, folder: kind === 'folder' }) };
  },

  async 'exports:open'({ path }, { openPath }) {
    // Only what this app wrote in this session: the window can never make it launch anything else.
    if (!wasWritten(path)) throw new AppError('BAD_PATH', '只能開啟本程式這次執行時匯出的檔案。');
    if (!openPath) return { opened: false, message: `這個環境無法直接開啟檔案，請到「${dirname(path)}」開啟。` };
    const problem = await openPath(path);
    return problem ? { opened: false, message: `無法開啟「${path}」：${problem}` } : { opened: true, message: null };
  },
};
