import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute } from 'node:path';
import { AppError } from './errors.ts';

/**
 * Every file the app writes goes to a path the officer chose in a save dialog. Anything else — a
 * relative path, another kind of file, a folder that does not exist, or an existing file of another
 * kind — is refused before a byte is written, so no call can overwrite a file that is not ours.
 */
export function checkOutputPath(path: string, extensions: readonly string[], isOurs: (existing: string) => boolean): string {
  if (!isAbsolute(path)) throw new AppError('BAD_PATH', `請選擇完整的存放位置（收到「${basename(path)}」）。`);
  const ext = extname(path).toLowerCase();
  if (!extensions.includes(ext)) throw new AppError('BAD_PATH', `檔名必須以 ${extensions.join('、')} 結尾（收到「${basename(path)}」）。`);
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new AppError('BAD_PATH', `資料夾「${dir}」不存在。`);
  if (existsSync(path)) {
    if (!statSync(path).isFile() || !isOurs(path)) {
      throw new AppError('BAD_PATH', `「${basename(path)}」已存在，而且不是本程式產生的檔案；為免覆蓋其他資料，請換一個檔名。`);
    }
  }
  return path;
}
