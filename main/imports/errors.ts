// One typed error for every file the importers turn away. Whatever the cause, the officer sees one
// Chinese sentence and nothing has changed; the code lets the CLI and the wizard tell cases apart.

export type RefusalCode =
  | 'not-spreadsheet'
  | 'unsupported'
  | 'encrypted'
  | 'truncated'
  | 'empty'
  | 'no-data-rows'
  | 'missing-sheet'
  | 'missing-columns'
  | 'too-large'
  | 'too-many-rows'
  | 'cancelled';

export class ImportRefused extends Error {
  readonly code: RefusalCode;

  constructor(code: RefusalCode, message: string) {
    super(message);
    this.name = 'ImportRefused';
    this.code = code;
  }
}

export const refuse = (code: RefusalCode, message: string): ImportRefused => new ImportRefused(code, message);

export const DAMAGED_MESSAGE = '檔案不完整或已損毀，請確認檔案能以 Excel 或 LibreOffice 正常開啟後再匯入';

export function cancelled(): ImportRefused {
  return new ImportRefused('cancelled', '已取消匯入，資料沒有任何變更');
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelled();
}
