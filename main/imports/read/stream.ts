// What every reader shares: the row cap and the row-by-row view over batches.

import { refuse } from '../errors.ts';
import { formatCount } from '../limits.ts';
import type { SheetRow } from './types.ts';

/** Refuses loudly once a sheet passes the row cap, instead of silently stopping. */
export async function* cappedBatches(
  source: AsyncIterable<SheetRow[]>,
  sheet: string,
  maxRows: number,
): AsyncGenerator<SheetRow[]> {
  let count = 0;
  for await (const batch of source) {
    count += batch.length;
    if (count > maxRows) {
      throw refuse('too-many-rows', `工作表「${sheet}」超過 ${formatCount(maxRows)} 列的上限，請分成幾個檔案匯入`);
    }
    if (batch.length > 0) yield batch;
  }
}

export async function* eachRow(batches: AsyncIterable<SheetRow[]>): AsyncGenerator<SheetRow> {
  for await (const batch of batches) yield* batch;
}

export function missingSheet(sheet: string): Error {
  return refuse('missing-sheet', `檔案裡沒有名為「${sheet}」的工作表`);
}
