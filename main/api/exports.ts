// Printing forms (PDF): the list of forms, one file or a batch (combined, or one file per school or
// authority in a folder) with progress and a cancel, a page preview, and printing through the
// desktop app's system print dialog (exports/printPages.ts, main/printWindow.ts). The spreadsheets, the
// save dialog and opening a written file are in exportFiles.ts. Every path is checked before any
// work starts (exportPaths.ts); the folder last written to is remembered for the next dialog.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FORMS } from '../exports/forms/index.ts';
import { previewForm, printForm, printFormToFolder } from '../exports/forms/render.ts';
import type { FormScope } from '../exports/forms/types.ts';
import { preparePrintJob } from '../exports/printPages.ts';
import type { ApiContext, Handlers } from './context.ts';
import { AppError } from './errors.ts';
import { exportFileHandlers } from './exportFiles.ts';
import { checkFolderFile, folderOutPath, lastFolder, pdfOutPath, rememberFolder, rememberWritten } from './exportPaths.ts';

function scopeOf(input: { year: number; authority?: string; school?: string; teacher?: string; run?: number }): FormScope {
  return { year: input.year, authority: input.authority, school: input.school, teacher: input.teacher, run: input.run };
}

// Exports under way, by task: a cancel marks it, the render loop looks between instances.
const running = new Map<string, { cancelled: boolean }>();

async function tracked<T>(ctx: ApiContext, task: string | undefined, label: string, work: (options: { onProgress: (done: number, total: number) => void; cancelled: () => boolean }) => Promise<T>): Promise<T> {
  const name = task ?? 'exports';
  const state = { cancelled: false };
  if (task !== undefined) running.set(task, state);
  try {
    return await work({ onProgress: (done, total) => ctx.progress({ task: name, label, done, total }), cancelled: () => state.cancelled });
  } finally {
    if (task !== undefined) running.delete(task);
  }
}

type FormChannels = 'exports:forms' | 'exports:render' | 'exports:batch' | 'exports:cancel' | 'exports:preview' | 'exports:print';

const formHandlers: Handlers<FormChannels> = {
  'exports:forms'(_input, { store }) {
    return {
      forms: FORMS.map((f) =>
        f.available
          ? { id: f.id, title: f.title, available: true, reason: null, filters: [...f.filters], splitBy: f.splitBy }
          : { id: f.id, title: f.title, available: false, reason: f.reason, filters: [], splitBy: null },
      ),
      lastFolder: lastFolder(store),
    };
  },

  async 'exports:render'(input, ctx) {
    const out = await pdfOutPath(input.out);
    const result = await tracked(ctx, input.task, '產生 PDF', (options) => printForm(ctx.store, input.form, scopeOf(input), out, options));
    rememberWritten(out);
    rememberFolder(ctx.store, dirname(out));
    return result;
  },

  async 'exports:batch'(input, ctx) {
    const scope = scopeOf(input);
    if (input.layout === 'combined') {
      const out = await pdfOutPath(input.out);
      const result = await tracked(ctx, input.task, '產生 PDF', (options) => printForm(ctx.store, input.form, scope, out, options));
      rememberWritten(out);
      rememberFolder(ctx.store, dirname(out));
      return result;
    }
    const folder = folderOutPath(input.out);
    const result = await tracked(ctx, input.task, '逐一產生 PDF', (options) =>
      printFormToFolder(ctx.store, input.form, scope, folder, { ...options, checkPath: checkFolderFile }),
    );
    rememberWritten(...result.files.map((f) => f.path));
    rememberFolder(ctx.store, folder);
    return result;
  },

  'exports:cancel'({ task }) {
    const state = running.get(task);
    if (state) state.cancelled = true;
    return { cancelled: state !== undefined };
  },

  async 'exports:preview'(input, { store }) {
    const preview = await previewForm(store, input.form, scopeOf(input), input.page);
    return { ...preview, png: Buffer.from(preview.png).toString('base64') };
  },

  async 'exports:print'(input, ctx) {
    const print = ctx.printDocument;
    if (!print) {
      throw new AppError('PRINT_UNAVAILABLE', '這個環境沒有列印對話框：直接列印要在桌面版程式中使用。請按「另存 PDF」存檔後，再用 PDF 閱讀程式開啟並列印。');
    }
    // The page images and the print document live only for the print: a fresh folder, removed after.
    const dir = await mkdtemp(join(tmpdir(), 'inservice-print-'));
    try {
      const job = await tracked(ctx, input.task, '準備列印頁面', (options) => preparePrintJob(ctx.store, input.form, scopeOf(input), dir, options));
      const outcome = await print({ htmlPath: job.htmlPath, title: job.title });
      if (outcome.printed) return { printed: true, pages: job.pages, message: null };
      const message = outcome.reason === 'cancelled' ? '已取消列印。' : `列印沒有完成（${outcome.reason ?? '原因不明'}）；請確認印表機，或按「另存 PDF」後用 PDF 閱讀程式列印。`;
      return { printed: false, pages: job.pages, message };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};

export const exportsHandlers: Handlers<FormChannels | 'exports:awards' | 'exports:progress' | 'exports:chooseOut' | 'exports:open'> = {
  ...formHandlers,
  ...exportFileHandlers,
};
