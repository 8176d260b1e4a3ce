// Data packages (issue 10): export one authority's year, inspect a package without writing,
// import it (one transaction, progress events), and the history of imports. The work is in
// main/exchange; this file turns it into the API's shapes and errors.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { packageConflicts, packageImportExists, packageImports } from '../../db/queries/packages.ts';
import { defaultPackageName, PACKAGE_EXTENSION, PART_LABELS, type PartName } from '../exchange/package.ts';
import { manifestSummary } from '../exchange/packageInspect.ts';
import { cancelPackageJob, isPackageJobRunning, runPackageJob, type PackageJobOutcome } from '../exchange/packageJob.ts';
import type { Handlers } from './context.ts';
import { AppError, notFound } from './errors.ts';
import { checkOutputPath } from './outputPath.ts';

type PackageChannels = 'packages:export' | 'packages:inspect' | 'packages:import' | 'packages:cancel' | 'packages:history' | 'packages:conflicts';

/** An existing file may be replaced only when it is a package this app wrote (a zip naming our parts). */
function isPackageFile(path: string): boolean {
  const size = statSync(path).size;
  if (size < 22) return false;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(4);
    readSync(fd, head, 0, 4, 0);
    const tailLength = Math.min(size, 64 * 1024);
    const tail = Buffer.alloc(tailLength);
    readSync(fd, tail, 0, tailLength, size - tailLength);
    return head.readUInt32LE(0) === 0x04034b50 && tail.includes('manifest.json') && tail.includes('data/teachers.jsonl');
  } finally {
    closeSync(fd);
  }
}

const packagePath = (out: string): string => (extname(out) === '' ? `${out}${PACKAGE_EXTENSION}` : out);

/** A job's refusal or failure as the API reports it. */
function jobFailure(outcome: Extract<PackageJobOutcome, { type: 'refused' | 'failed' }>): never {
  if (outcome.type === 'refused') throw new AppError(outcome.code, outcome.message);
  if (outcome.code === 'SQLITE_BUSY') throw new AppError('DB_BUSY', '資料正在被其他作業寫入，請等它完成後再處理資料包。資料沒有變更。');
  throw new Error(`package job failed: ${outcome.name}: ${outcome.message}`);
}

export const packageHandlers: Handlers<PackageChannels> = {
  async 'packages:export'({ authority, year, path }, ctx) {
    let target = path;
    if (target === null) {
      if (!ctx.chooseSavePath) {
        return { saved: false, path: null, bytes: 0, manifest: null, message: '這個環境沒有存檔對話框，請輸入資料包要存放的完整路徑。' };
      }
      target = await ctx.chooseSavePath({ title: '儲存資料包', defaultPath: defaultPackageName(authority, year), extensions: ['iapkg'], folder: false });
      if (target === null) return { saved: false, path: null, bytes: 0, manifest: null, message: null };
    }
    const out = checkOutputPath(packagePath(target), [PACKAGE_EXTENSION], isPackageFile);
    const outcome = await runPackageJob(ctx.store, { mode: 'export', path: out, authority, year, appVersion: ctx.appVersion }, (p) => ctx.progress({ task: 'packages:export', ...p }));
    if (outcome.type === 'refused' || outcome.type === 'failed') {
      if (outcome.type === 'failed' && (outcome.code === 'ENOSPC' || outcome.code === 'EACCES' || outcome.code === 'EPERM')) {
        throw new AppError('EXPORT_FAILED', `資料包沒有寫入「${out}」：${outcome.code === 'ENOSPC' ? '磁碟空間不足' : '沒有寫入該資料夾的權限'}。請換一個位置再試。`);
      }
      jobFailure(outcome);
    }
    if (outcome.type !== 'exported') throw new Error(`package export answered ${outcome.type}`);
    return { saved: true, path: out, bytes: statSync(out).size, manifest: manifestSummary(outcome.manifest), message: null };
  },

  async 'packages:inspect'({ path }, ctx) {
    let source = path;
    if (source === null) {
      if (!ctx.chooseFile) return { path: null, inspection: null };
      source = await ctx.chooseFile({ title: '選擇要匯入的資料包', extensions: ['iapkg'] });
      if (source === null) return { path: null, inspection: null };
    }
    const outcome = await runPackageJob(ctx.store, { mode: 'inspect', path: source }, (p) => ctx.progress({ task: 'packages:inspect', ...p }));
    if (outcome.type === 'refused' || outcome.type === 'failed') jobFailure(outcome);
    if (outcome.type !== 'inspected') throw new Error(`package inspect answered ${outcome.type}`);
    return { path: source, inspection: outcome.inspection };
  },

  async 'packages:import'({ path, task }, ctx) {
    const started = performance.now();
    if (isPackageJobRunning(task)) throw new AppError('TASK_RUNNING', '這個資料包已經在匯入中。');
    const outcome = await runPackageJob(ctx.store, { mode: 'import', path }, (p) => ctx.progress({ task, ...p }), task);
    if (outcome.type === 'cancelled') throw new AppError('CANCELLED', '已取消匯入資料包，資料沒有任何變更。');
    if (outcome.type === 'refused' || outcome.type === 'failed') jobFailure(outcome);
    if (outcome.type !== 'imported') throw new Error(`package import answered ${outcome.type}`);
    const { result, year, authority } = outcome;
    const written = Object.entries(result.written).map(([name, rows]) => ({ name, label: PART_LABELS[name as PartName], rows: rows ?? 0 }));
    const message =
      result.status === 'unchanged'
        ? `已匯入過，資料沒有變更（${authority} ${year} 學年度）。`
        : `已匯入 ${authority} ${year} 學年度的資料包：學校 ${result.written.schools ?? 0} 所、教師 ${result.written.teachers ?? 0} 位、研習時數紀錄 ${(result.written['hour-records'] ?? 0).toLocaleString('zh-TW')} 筆` +
          (result.conflicts.length > 0 ? `；${result.conflicts.length} 位教師已列在其他主管機關的名冊中，沒有匯入。` : '。');
    return {
      status: result.status,
      message,
      importId: result.importId,
      authority,
      year,
      written,
      removed: result.removed,
      conflicts: result.conflicts,
      created: result.created,
      ms: Math.round(performance.now() - started),
    };
  },

  'packages:cancel': ({ task }) => ({ cancelled: cancelPackageJob(task) }),

  'packages:history': (_input, { store }) => packageImports(store.sqlite),

  'packages:conflicts'({ id }, { store }) {
    if (!packageImportExists(store.sqlite, id)) throw notFound('這筆資料包匯入紀錄');
    return packageConflicts(store.sqlite, id);
  },
};
