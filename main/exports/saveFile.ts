// Writes an export next to its final name and renames it into place, so a viewer never opens half
// a file and a failed export leaves the previous one intact. Errors become messages an officer can
// act on (the usual one: the old file is still open in a PDF viewer or Excel on Windows).

import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../api/errors.ts';

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return '磁碟空間不足';
  if (code === 'EACCES' || code === 'EPERM') return '沒有寫入該位置的權限，或同名檔案正由其他程式開啟';
  if (code === 'EBUSY') return '同名檔案正由其他程式開啟，請先關閉它';
  if (code === 'ENOENT' || code === 'ENOTDIR') return '找不到指定的資料夾';
  if (code === 'EISDIR') return '指定的路徑是資料夾，請指定檔案名稱';
  return '無法寫入檔案';
}

/** Runs `write` on a temporary name beside `path`, then renames the result into place. */
export async function saveWith(path: string, write: (temp: string) => void | Promise<void>, options: { createDir?: boolean } = {}): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    if (options.createDir) mkdirSync(dirname(path), { recursive: true });
    await write(temp);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('WRITE_FAILED', `無法儲存「${path}」：${reason(error)}。`);
  }
}

export function saveFile(path: string, bytes: Uint8Array, options: { createDir?: boolean } = {}): Promise<void> {
  return saveWith(path, (temp) => writeFileSync(temp, bytes), options);
}
