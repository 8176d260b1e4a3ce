// One import, start to end, in ONE transaction on its own connection: BEGIN IMMEDIATE before the
// first row, COMMIT after the last, ROLLBACK on any refusal, cancel or error. better-sqlite3's
// transaction() cannot span the awaits between batches, so the transaction is managed by hand.
// A process killed midway leaves an uncommitted WAL tail that SQLite discards on the next open:
// the database then holds all of the import or none of it.

import { openSqlite, type Sqlite } from '../../db/connection.ts';
import { addRejections, beginRun, finishRun, recordUnlanded, type RunStart } from '../../db/queries/importHistory.ts';
import { builtInClassificationVersion, ensureSchoolYear, schoolYearRow } from '../../db/queries/yearSetup.ts';
import { ImportRefused, openImport, type ImportSession, type Rejection } from '../imports/index.ts';
import type { ImportCounts, ImportJob, ImportOutcome, JobHooks } from './types.ts';
import { writerContext } from './writerKit.ts';
import { writerFor } from './writers.ts';
import { landHours } from './hours/landHours.ts';

const BATCH_ROWS = 2000;
const CANCELLED = '已取消匯入，資料沒有任何變更';
const DISK_FULL = '磁碟空間不足，這次匯入沒有完成，資料沒有任何變更。請清出資料庫所在磁碟的空間（或把資料庫移到空間較大的磁碟）後再匯入一次。';
const BUSY = '資料庫正在進行另一項寫入作業（可能是另一個匯入），這次匯入沒有執行，資料沒有任何變更。請稍後再試。';

export type ImportTarget = { dbPath: string } | { sqlite: Sqlite };

/** The year is missing for a kind that needs its registry: nothing to match the rows against. */
export function noYearMessage(year: number): string {
  return `資料庫裡沒有 ${year} 學年度。請先匯入這個學年度的主管機關（或選擇其他學年度）。`;
}

export async function runImport(target: ImportTarget, job: ImportJob, hooks: JobHooks = {}): Promise<ImportOutcome> {
  const sqlite = 'sqlite' in target ? target.sqlite : openSqlite(target.dbPath);
  const run: RunStart = { kind: job.kind, fileName: job.fileName, year: job.year, format: null, startedAt: new Date().toISOString(), unknownColumns: [] };
  let session: ImportSession<typeof job.kind> | null = null;
  try {
    session = await openImport(job.kind, job.path, {
      ...(job.limits ? { limits: job.limits } : {}),
      ...(hooks.signal ? { signal: hooks.signal } : {}),
      batchSize: BATCH_ROWS,
      onProgress: (p) => hooks.onProgress?.({ phase: 'reading', rowsRead: p.rowsRead, bytesRead: p.bytesRead, bytesTotal: p.bytesTotal }),
    });
    run.format = session.format;
    run.unknownColumns = session.layouts.flatMap((l) => l.unknownColumns);
    // Hour files are matched and merged in bulk, not row by row (hours/landHours.ts).
    const { id, counts } =
      job.kind === 'hours'
        ? await landHours(sqlite, job, run, session as ImportSession<'hours'>, hooks)
        : await landInOneTransaction(sqlite, job, run, session, hooks);
    return { status: 'landed', id, counts };
  } catch (error) {
    if (error instanceof ImportRefused) {
      const status = error.code === 'cancelled' ? 'cancelled' : 'refused';
      const id = recordUnlanded(sqlite, run, status, error.message);
      return status === 'cancelled' ? { status, id, message: error.message } : { status, id, code: error.code, message: error.message };
    }
    if (error instanceof NoYear) return { status: 'refused', id: recordUnlanded(sqlite, run, 'refused', error.message), code: 'no-year', message: error.message };
    if (isBusy(error)) return { status: 'refused', id: recordIfPossible(sqlite, run, BUSY), code: 'busy', message: BUSY };
    if (isDiskFull(error)) return { status: 'refused', id: recordIfPossible(sqlite, run, DISK_FULL), code: 'disk-full', message: DISK_FULL };
    recordUnlanded(sqlite, run, 'failed', '發生未預期的錯誤，這次匯入沒有完成，資料沒有任何變更。');
    throw error;
  } finally {
    await session?.close();
    if (!('sqlite' in target)) sqlite.close();
  }
}

class NoYear extends Error {}

/** The database was busy: the history row may not be writable either, and that is no reason to fail. */
function recordIfPossible(sqlite: Sqlite, run: RunStart, message: string): number | null {
  try {
    return recordUnlanded(sqlite, run, 'refused', message);
  } catch (error) {
    if (isBusy(error) || isDiskFull(error)) return null;
    throw error;
  }
}

/** SQLite could not grow the database or its journal: the disk (or the user's quota) is full. */
function isDiskFull(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'SQLITE_FULL';
}

function isBusy(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error.code === 'SQLITE_BUSY' || error.code === 'SQLITE_LOCKED');
}

async function landInOneTransaction(
  sqlite: Sqlite,
  job: ImportJob,
  run: RunStart,
  session: ImportSession<ImportJob['kind']>,
  hooks: JobHooks,
): Promise<{ id: number; counts: ImportCounts }> {
  const layout = session.layouts[0];
  if (!layout) throw new Error('an import session without a sheet');
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    // Courses belong to no school year (the API refuses a null year for the kinds that need one).
    const year = job.year ?? 0;
    if (job.kind === 'authorities') {
      ensureSchoolYear(sqlite, year, { classificationVersionId: builtInClassificationVersion(sqlite), isDemo: false });
    } else if (job.kind !== 'courses' && !schoolYearRow(sqlite, year)) {
      throw new NoYear(noYearMessage(year));
    }
    const id = beginRun(sqlite, run);
    const writer = writerFor(job.kind as Exclude<ImportJob['kind'], 'hours'>, writerContext(sqlite, year, id, layout));
    const counts: ImportCounts = { read: 0, added: 0, replaced: 0, unchanged: 0, rejected: 0, missing: 0 };
    let seq = 0;
    for await (const batch of session.batches()) {
      counts.read += batch.rowsRead;
      counts.rejected += batch.rowsRejected;
      const ours: Rejection[] = [];
      for (const record of batch.records as Array<Record<string, unknown> & { row: number }>) {
        const outcome = writer.write(record);
        if (typeof outcome === 'string') counts[outcome]++;
        else {
          counts.rejected++;
          for (const p of outcome) ours.push({ sheet: batch.sheetName, row: record.row, column: p.column, reason: p.reason });
        }
      }
      seq = addRejections(sqlite, id, seq, byRow(batch.rejections, ours));
      if (hooks.signal?.aborted) throw new ImportRefused('cancelled', CANCELLED);
    }
    hooks.onProgress?.({ phase: 'finishing', rowsRead: counts.read, bytesRead: 0, bytesTotal: 0 });
    counts.missing = writer.finish().missing;
    finishRun(sqlite, id, counts);
    if (hooks.signal?.aborted) throw new ImportRefused('cancelled', CANCELLED);
    sqlite.exec('COMMIT');
    return { id, counts };
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  }
}

/** The reader's rejections and the writer's, both in row order, merged into one row order. */
function byRow(a: readonly Rejection[], b: readonly Rejection[]): Rejection[] {
  if (b.length === 0) return [...a];
  const out: Rejection[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.row <= b[j]!.row)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}
