// An hour import in ONE transaction on the import's own connection (as imports-db/run.ts does for
// the registry kinds): BEGIN IMMEDIATE before the first row, COMMIT after the totals, ROLLBACK on
// any refusal, cancel or error — a process killed midway leaves the database as it was.
//
// While the file streams in, each row is matched and packed into integer columns; rows for 待確認,
// new course codes and the report's rejections are written batch by batch. At the end the records
// go in, in primary-key order, and the totals of every touched teacher follow (writeRecords.ts).

import type { Sqlite } from '../../../db/connection.ts';
import { addRejections, beginRun, finishRun, type RunStart } from '../../../db/queries/importHistory.ts';
import { ImportRefused, KINDS, type ImportSession, type Rejection } from '../../imports/index.ts';
import type { ImportCounts, ImportJob, JobHooks } from '../types.ts';
import { HourPacker, type HourRecord, type PendingRow } from './packRow.ts';
import { settlePending, writePending } from './pendingRows.ts';
import { writeRecords } from './writeRecords.ts';

const CANCELLED = '已取消匯入，資料沒有任何變更';
// The import's connection sorts and merges a million rows; SQLite's default cache (2 MB) would
// spill the transaction's pages to the WAL long before the commit.
const IMPORT_CACHE_KIB = 32_768;

export async function landHours(
  sqlite: Sqlite,
  job: ImportJob,
  run: RunStart,
  session: ImportSession<'hours'>,
  hooks: JobHooks,
): Promise<{ id: number; counts: ImportCounts }> {
  const layout = session.layouts[0];
  if (!layout) throw new Error('an import session without a sheet');
  const headers = new Map(layout.columns.map((c) => [c.key, c.header]));
  const labels = new Map<string, string>(KINDS.hours.sheets[0].columns.map((c) => [c.key, c.label]));
  const header = (key: string): string => headers.get(key) ?? labels.get(key) ?? key;
  const cacheSize = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    const id = beginRun(sqlite, run);
    const packer = new HourPacker(sqlite, job.year, header);
    const counts: ImportCounts = { read: 0, added: 0, replaced: 0, unchanged: 0, rejected: 0, missing: 0 };
    let seq = 0;
    for await (const batch of session.batches()) {
      counts.read += batch.rowsRead;
      counts.rejected += batch.rowsRejected;
      const ours: Rejection[] = [];
      const pending: PendingRow[] = [];
      for (const record of batch.records as HourRecord[]) {
        const fate = packer.pack(record);
        if (fate === 'packed') continue;
        counts.rejected++;
        if (Array.isArray(fate)) {
          for (const p of fate) ours.push({ sheet: batch.sheetName, row: record.row, column: p.column, reason: p.reason });
        } else {
          pending.push(fate);
          const column = fate.reason.endsWith('classification') ? header('category') : header('name');
          ours.push({ sheet: batch.sheetName, row: record.row, column, reason: `已列入「待確認」：${fate.detail}` });
        }
      }
      packer.courses.flush(sqlite);
      writePending(sqlite, pending, id);
      // Both lists are in row order; a stable sort keeps each row's reasons together.
      const rejections = ours.length ? [...batch.rejections, ...ours].sort((a, b) => a.row - b.row) : batch.rejections;
      seq = addRejections(sqlite, id, seq, rejections);
      if (hooks.signal?.aborted) throw new ImportRefused('cancelled', CANCELLED);
    }
    hooks.onProgress?.({ phase: 'finishing', rowsRead: counts.read, bytesRead: 0, bytesTotal: 0 });
    settlePending(sqlite, packer.settledPending);
    const { repeats, ...written } = writeRecords(sqlite, packer.rows, packer.years());
    Object.assign(counts, written);
    counts.rejected += repeats.length;
    // Found only when the rows were merged, so the repeats close the report.
    const column = header('courseCode');
    const reason = (first: number): string => `與第 ${first} 列是同一位教師同一學年度的同一門課程，本列未匯入`;
    addRejections(sqlite, id, seq, repeats.map((r) => ({ sheet: layout.sheet, row: r.row, column, reason: reason(r.first) })));
    finishRun(sqlite, id, counts);
    if (hooks.signal?.aborted) throw new ImportRefused('cancelled', CANCELLED);
    sqlite.exec('COMMIT');
    return { id, counts };
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  } finally {
    sqlite.pragma(`cache_size = ${cacheSize}`);
  }
}
