import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { importHistory, importRejections, importSummary, missingTeachers } from '../../db/queries/imports.ts';
import { schoolYearRow } from '../../db/queries/yearSetup.ts';
import type { ProgressEvent } from '../../preload/contracts/common.ts';
import { importReportXlsx, kindLabel } from '../exports/importReport.ts';
import { ImportRefused, KINDS, templateFor } from '../imports/index.ts';
import { cancelImport, isRunning, runImportJob } from '../imports-db/jobs.ts';
import { previewImport } from '../imports-db/preview.ts';
import { noYearMessage } from '../imports-db/run.ts';
import { REGISTRY_IMPORT_KINDS, type JobProgress } from '../imports-db/types.ts';
import type { Handlers } from './context.ts';
import { AppError, notFound } from './errors.ts';

type ImportChannels =
  | 'imports:kinds'
  | 'imports:chooseFile'
  | 'imports:preview'
  | 'imports:run'
  | 'imports:cancel'
  | 'imports:history'
  | 'imports:report'
  | 'imports:rejections'
  | 'imports:missing'
  | 'imports:reportFile'
  | 'imports:template';

const PROGRESS_EVERY_MS = 100;

/** A path the officer typed or picked that is not a readable file is refused like a bad file. */
async function checkFile(path: string): Promise<void> {
  const found = await stat(path).catch(() => null);
  if (!found) throw new AppError('FILE_REFUSED', `找不到檔案「${basename(path)}」，請確認路徑後再試一次。`);
  if (!found.isFile()) throw new AppError('FILE_REFUSED', `「${basename(path)}」不是檔案，請選擇要匯入的試算表檔案。`);
}

function progressReporter(task: string, send: (event: ProgressEvent) => void): (p: JobProgress) => void {
  let last = 0;
  let phase: JobProgress['phase'] | null = null;
  return (p) => {
    const now = Date.now();
    if (p.phase === phase && now - last < PROGRESS_EVERY_MS) return;
    last = now;
    phase = p.phase;
    if (p.phase === 'finishing') {
      send({ task, label: `已讀取 ${p.rowsRead.toLocaleString('zh-TW')} 列，正在寫入資料庫…`, done: p.rowsRead, total: null });
    } else {
      send({ task, label: `已讀取 ${p.rowsRead.toLocaleString('zh-TW')} 列`, done: p.bytesRead, total: p.bytesTotal || null });
    }
  };
}

function base64File(fileName: string, data: Buffer) {
  return { fileName, base64: data.toString('base64') };
}

export const importsHandlers: Handlers<ImportChannels> = {
  'imports:kinds': () =>
    REGISTRY_IMPORT_KINDS.map((kind) => ({
      kind,
      label: KINDS[kind].label,
      columns: KINDS[kind].sheets[0].columns.map((c) => ({
        label: c.label,
        aliases: 'aliases' in c ? [...c.aliases] : [],
        required: 'required' in c && c.required === true,
      })),
    })),

  async 'imports:chooseFile'({ kind }, { chooseFile }) {
    if (!chooseFile) return { available: false, path: null };
    return { available: true, path: await chooseFile({ title: `選擇要匯入的${kindLabel(kind)}檔案`, extensions: ['xlsx', 'xls', 'csv'] }) };
  },

  async 'imports:preview'({ kind, path }) {
    await checkFile(path);
    try {
      return await previewImport(kind, path, basename(path));
    } catch (error) {
      if (error instanceof ImportRefused) throw new AppError('FILE_REFUSED', error.message);
      throw error;
    }
  },

  async 'imports:run'({ task, kind, path, year }, { store, progress }) {
    await checkFile(path);
    // Courses belong to no year; hours without one go to the years of their dates; the rest need theirs.
    const yearless = kind === 'courses' || (kind === 'hours' && year === null);
    if (!yearless && year === null) throw new AppError('NO_YEAR', '請指定要匯入的學年度。');
    if (!yearless && year !== null && kind !== 'authorities' && !schoolYearRow(store.sqlite, year)) throw new AppError('NO_YEAR', noYearMessage(year));
    if (isRunning(task)) throw new AppError('TASK_RUNNING', '這項匯入已經在進行中。');
    const outcome = await runImportJob(task, store, { kind, path, fileName: basename(path), year }, progressReporter(task, progress));
    if (outcome.status === 'refused') {
      if (outcome.code === 'busy') throw new AppError('DB_BUSY', outcome.message);
      if (outcome.code === 'no-year') throw new AppError('NO_YEAR', outcome.message);
      if (outcome.code === 'disk-full') throw new AppError('DISK_FULL', outcome.message);
      throw new AppError('FILE_REFUSED', outcome.message);
    }
    const summary = await importSummary(store.db, outcome.id);
    if (!summary) throw new Error(`import ${outcome.id} has no history row`);
    return summary;
  },

  'imports:cancel': ({ task }) => ({ cancelled: cancelImport(task) }),

  'imports:history': (input, { store }) => importHistory(store.db, input),

  async 'imports:report'({ id }, { store }) {
    const summary = await importSummary(store.db, id);
    if (!summary) throw notFound('這筆匯入紀錄');
    return summary;
  },

  'imports:rejections': ({ id, page }, { store }) => importRejections(store.db, id, page),

  'imports:missing': ({ id, page }, { store }) => missingTeachers(store.db, id, page),

  async 'imports:reportFile'({ id }, { store }) {
    const report = await importReportXlsx(store.db, id);
    if (!report) throw notFound('這筆匯入紀錄');
    return base64File(report.fileName, report.data);
  },

  'imports:template': ({ kind }) => base64File(`${kindLabel(kind)}-空白範本.xlsx`, templateFor(kind)),
};
