// The one door into every spreadsheet: looks at what the file really is (not at its name) and hands
// it to the right reader. Whatever is wrong with the file comes out as one ImportRefused.

import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { extname } from 'node:path';
import { ImportRefused, refuse } from '../errors.ts';
import { formatBytes, resolveLimits } from '../limits.ts';
import type { ImportLimits } from '../limits.ts';
import { detectEncoding, openCsv } from './csv.ts';
import { oleDirectoryNames } from './ole.ts';
import { sheetJsSpreadsheet } from './sheetjs.ts';
import { sniff } from './sniff.ts';
import type { ReadOptions, Spreadsheet } from './types.ts';
import { openXlsx } from './xlsx.ts';

const SNIFF_BYTES = 64 * 1024;
const NOT_A_SPREADSHEET = '不是試算表檔案，請匯入 .xlsx、.xls 或 .csv 檔';
const ENCRYPTED = '檔案有密碼保護，請先在 Excel 移除密碼後再匯入';

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

export async function openSpreadsheet(
  path: string,
  limits?: Partial<ImportLimits>,
  options: ReadOptions = {},
): Promise<Spreadsheet> {
  const resolved = resolveLimits(limits);
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch {
    throw refuse('not-spreadsheet', `無法開啟檔案「${path}」，請確認檔案存在且沒有被其他程式鎖定`);
  }
  try {
    return await openHandle(handle, path, resolved, options.signal);
  } catch (error) {
    await handle.close().catch(() => {});
    if (error instanceof ImportRefused) throw error;
    // Anything unforeseen in a hostile file still ends as one clear message, never a crash.
    throw refuse('truncated', '檔案無法讀取，可能已損毀或不是試算表');
  }
}

async function openHandle(
  handle: FileHandle,
  path: string,
  limits: ImportLimits,
  signal: AbortSignal | undefined,
): Promise<Spreadsheet> {
  const stat = await handle.stat();
  if (!stat.isFile()) throw refuse('not-spreadsheet', NOT_A_SPREADSHEET);
  const size = stat.size;
  if (size === 0) throw refuse('empty', '檔案是空的（0 位元組），沒有可匯入的資料');
  if (size > limits.maxFileBytes) {
    throw refuse('too-large', `檔案有 ${formatBytes(size)}，超過 ${formatBytes(limits.maxFileBytes)} 的上限`);
  }
  const head = await readAt(handle, 0, Math.min(size, SNIFF_BYTES));
  const sniffed = sniff(head);
  switch (sniffed.kind) {
    case 'zip':
      return openXlsx(handle, size, limits, signal);
    case 'ole':
      return openOle(handle, size, limits);
    case 'foreign':
      throw refuse('not-spreadsheet', `檔案內容是${sniffed.what}，${NOT_A_SPREADSHEET}`);
    case 'binary':
      throw refuse('not-spreadsheet', `無法辨識的檔案內容，${NOT_A_SPREADSHEET}`);
    case 'text': {
      if (sniffed.markup) {
        if (!['.xls', '.htm', '.html', '.xml'].includes(extname(path).toLowerCase())) {
          throw refuse('not-spreadsheet', `檔案內容是網頁或 XML，${NOT_A_SPREADSHEET}`);
        }
        return sheetJsSpreadsheet(await inMemory(handle, size, limits), 'html', limits);
      }
      const encoding = detectEncoding(head, head.length === size);
      if (encoding === null) {
        throw refuse('not-spreadsheet', `無法辨識檔案的文字編碼（僅支援 UTF-8 與 Big5），${NOT_A_SPREADSHEET}`);
      }
      return openCsv(handle, path, size, encoding, limits, signal);
    }
  }
}

async function openOle(handle: FileHandle, size: number, limits: ImportLimits): Promise<Spreadsheet> {
  const names = await oleDirectoryNames(handle, size);
  if (names === null) throw refuse('truncated', '檔案不完整或已損毀，請確認檔案能以 Excel 正常開啟後再匯入');
  if (names.has('EncryptionInfo') || names.has('EncryptedPackage')) throw refuse('encrypted', ENCRYPTED);
  if (!names.has('Workbook') && !names.has('Book')) {
    const what = names.has('WordDocument') ? 'Word 文件' : names.has('PowerPoint Document') ? 'PowerPoint 簡報' : null;
    throw refuse('not-spreadsheet', what ? `檔案內容是${what}，${NOT_A_SPREADSHEET}` : NOT_A_SPREADSHEET);
  }
  return sheetJsSpreadsheet(await inMemory(handle, size, limits), 'xls', limits);
}

async function inMemory(handle: FileHandle, size: number, limits: ImportLimits): Promise<Buffer> {
  if (size > limits.maxInMemoryBytes) {
    throw refuse(
      'too-large',
      `.xls 檔有 ${formatBytes(size)}，超過 ${formatBytes(limits.maxInMemoryBytes)} 的上限，請另存為 .xlsx 後再匯入`,
    );
  }
  const buf = await readAt(handle, 0, size);
  await handle.close();
  return buf;
}
