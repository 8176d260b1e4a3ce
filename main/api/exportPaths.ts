// Where exports may be written, and which written files the window may ask to open. Every path goes
// through checkOutputPath (outputPath.ts): absolute, the right extension, an existing folder, and
// never over a file this app did not write — an earlier export of ours may be replaced, a scanned,
// signed PDF of the same name may not.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { PDFDocument } from 'pdf-lib';
import type { Store } from '../../db/connection.ts';
import { AWARD_SHEETS } from '../exports/awardsWorkbook.ts';
import { AppError } from './errors.ts';
import { checkOutputPath } from './outputPath.ts';

const CREATOR = '進修規劃管理';

/** A PDF whose document information names this app as its creator (writePdf.ts sets it). */
export async function isOurPdf(path: string): Promise<boolean> {
  try {
    const bytes = readFileSync(path);
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') return false;
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: false });
    return doc.getCreator() === CREATOR;
  } catch {
    return false;
  }
}

/** An .xlsx workbook whose sheets are exactly those of one of our workbooks. */
function workbookWithSheets(sheets: readonly string[]): (path: string) => boolean {
  return (path) => {
    try {
      const bytes = readFileSync(path);
      if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
      const names = XLSX.read(bytes, { type: 'buffer', bookSheets: true }).SheetNames;
      return names.length === sheets.length && sheets.every((s, i) => names[i] === s);
    } catch {
      return false;
    }
  };
}

export const isAwardsWorkbook = workbookWithSheets(AWARD_SHEETS);
export const isProgressWorkbook = workbookWithSheets(['填報進度']);

/**
 * checkOutputPath for a PDF. Its `isOurs` must answer at once, so an existing file is read first
 * (pdf-lib parses asynchronously) and the answer handed in.
 */
export async function pdfOutPath(out: string): Promise<string> {
  const path = /\.pdf$/i.test(out) ? out : `${out}.pdf`;
  const ours = isAbsolute(path) && existsSync(path) && statSync(path).isFile() ? await isOurPdf(path) : false;
  return checkOutputPath(path, ['.pdf'], () => ours);
}

/** A folder batch: an absolute folder whose parent exists (the folder itself is made when missing). */
export function folderOutPath(out: string): string {
  if (!isAbsolute(out)) throw new AppError('BAD_PATH', `請選擇完整的資料夾位置（收到「${out}」）。`);
  const folder = resolve(out);
  if (existsSync(folder) && !statSync(folder).isDirectory()) throw new AppError('BAD_PATH', `「${folder}」是檔案，不是資料夾；請另選一個資料夾。`);
  if (extname(folder).toLowerCase() === '.pdf') throw new AppError('BAD_PATH', '一校一檔時請選擇資料夾，而不是 .pdf 檔名。');
  const parent = dirname(folder);
  if (!existsSync(parent) || !statSync(parent).isDirectory()) throw new AppError('BAD_PATH', `資料夾「${parent}」不存在。`);
  return folder;
}

/** For each file of a folder batch: an existing file of that name must be an earlier export of ours. */
export async function checkFolderFile(path: string): Promise<void> {
  if (existsSync(path) && !(statSync(path).isFile() && (await isOurPdf(path)))) {
    throw new AppError('BAD_PATH', `資料夾中已有「${path}」，而且不是本程式產生的檔案；為免覆蓋其他資料，請換一個資料夾。`);
  }
}

// Files written in this session: the only ones the window may ask the system to open, so no call
// can make it launch anything else.
const written = new Set<string>();

export function rememberWritten(...paths: string[]): void {
  for (const p of paths) written.add(resolve(p));
}

export function wasWritten(path: string): boolean {
  return isAbsolute(path) && written.has(resolve(path));
}

const LAST_FOLDER = 'exports.lastFolder';

/** The folder the last export went to, to open the next dialog there. */
export function lastFolder(store: Store): string | null {
  const row = store.sqlite.prepare('SELECT value FROM app_settings WHERE key = ?').get(LAST_FOLDER) as { value: string } | undefined;
  return row?.value ?? null;
}

export function rememberFolder(store: Store, folder: string): void {
  store.sqlite.prepare('INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(LAST_FOLDER, folder);
}
