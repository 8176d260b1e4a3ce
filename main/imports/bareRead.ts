// The benchmark's yardstick: the same reader as every import, doing nothing but counting rows. An
// import of a file should cost at most 1.3× this.

import type { ImportLimits } from './limits.ts';
import { openSpreadsheet } from './read/open.ts';

export interface BareReadResult {
  rows: number;
  sheets: number;
  bytes: number;
}

export async function bareRead(path: string, limits?: Partial<ImportLimits>): Promise<BareReadResult> {
  const book = await openSpreadsheet(path, limits);
  try {
    let rows = 0;
    for (const sheet of book.sheets) for await (const batch of book.rowBatches(sheet)) rows += batch.length;
    return { rows, sheets: book.sheets.length, bytes: book.bytesTotal };
  } finally {
    await book.close();
  }
}
