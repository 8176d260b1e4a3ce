import { CliError } from './types.ts';

/** The --year option as a school year; `required` commands refuse to guess one. */
export function yearOption(value: string | boolean | undefined, required: true): number;
export function yearOption(value: string | boolean | undefined, required: false): number | undefined;
export function yearOption(value: string | boolean | undefined, required: boolean): number | undefined {
  if (value === undefined || value === false) {
    if (required) throw new CliError('請用 --year 指定學年度，例如 --year 113。');
    return undefined;
  }
  const year = Number(value);
  if (!Number.isInteger(year) || year < 1 || year > 999) throw new CliError(`選項 --year 必須是 1 到 999 的整數，收到「${String(value)}」。`);
  return year;
}
