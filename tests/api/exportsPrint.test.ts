import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemo } from '../../db/demo/index.ts';
import { openStore } from '../../db/open.ts';
import type { ApiContext } from '../../main/api/context.ts';
import { dispatch } from '../../main/api/dispatch.ts';
import { preparePrintJob } from '../../main/exports/printPages.ts';
import { printInWindow, type PrintableWindow } from '../../main/printWindow.ts';
import type { Input } from '../../preload/contract.ts';
import type { ProgressEvent } from '../../preload/contracts/common.ts';
import { apiOf, type Envelope } from '../helpers/importFiles.ts';
import { tempDir, tempStore, testContext } from '../helpers/store.ts';

// exports:print (issue 8): the pages drawn at print resolution into a fresh temp folder with the
// print document, handed to the desktop app's print hook, and the folder removed afterwards; where
// there is no hook (the CLI, the loopback host) a Chinese refusal that points to 另存 PDF.

const store = tempStore();
beforeAll(() => createDemo(store.sqlite, { scale: 'small', year: 113, seed: 8 }));
afterAll(() => store.cleanup());

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface Seen {
  html: string;
  dir: string;
  files: string[];
  title: string;
  sizes: { width: number; height: number }[];
}

/** A desktop context whose print hook looks at the job while it exists and answers `outcome`. */
function desktop(outcome: { printed: boolean; reason: string | null }, seen: Seen[], events: ProgressEvent[] = []): ApiContext {
  return {
    store,
    appVersion: 'test',
    progress: (e) => events.push(e),
    printDocument: async ({ htmlPath, title }) => {
      const dir = dirname(htmlPath);
      const files = readdirSync(dir).sort();
      const sizes = files.filter((f) => f.endsWith('.png')).map((f) => pngSize(readFileSync(join(dir, f))));
      seen.push({ html: readFileSync(htmlPath, 'utf8'), dir, files, title, sizes });
      return outcome;
    },
  };
}

const print = (input: Input<'exports:print'>, ctx: ApiContext) => dispatch('exports:print', input, ctx, { checkOutput: true }) as Promise<Envelope<'exports:print'>>;

describe('exports:print', () => {
  it('refuses in Chinese where there is no print dialog, and writes nothing', async () => {
    const before = readdirSync(tmpdir()).filter((n) => n.startsWith('inservice-print-')).length;
    const r = await apiOf(store).raw('exports:print', { form: 'school-sheet', year: 113, authority: '屏東縣' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('PRINT_UNAVAILABLE');
    expect(!r.ok && r.error.message).toContain('直接列印要在桌面版程式中使用');
    expect(!r.ok && r.error.message).toContain('另存 PDF');
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith('inservice-print-')).length).toBe(before);
  });

  it('hands the desktop app one A4 image per page at 200 dpi, reports progress, and removes the folder', async () => {
    const schools = store.sqlite.prepare("SELECT s.name FROM schools s JOIN authorities a ON a.id = s.authority_id WHERE a.name = '屏東縣' ORDER BY s.code").pluck().all() as string[];
    const seen: Seen[] = [];
    const events: ProgressEvent[] = [];
    const r = await print({ form: 'school-sheet', year: 113, authority: '屏東縣', task: 'print-a' }, desktop({ printed: true, reason: null }, seen, events));
    expect(r).toEqual({ ok: true, data: { printed: true, pages: schools.length, message: null } });
    expect(seen).toHaveLength(1);
    const job = seen[0]!;
    expect(job.title).toBe('113學年度 學校基本資料表 — 屏東縣');
    expect(job.files).toHaveLength(schools.length + 1);
    expect(job.files).toContain('print.html');
    expect(job.sizes).toHaveLength(schools.length);
    for (const size of job.sizes) expect(size).toEqual({ width: 1654, height: 2339 });
    expect(job.html.match(/<img /g)).toHaveLength(schools.length);
    expect(job.html).toContain('src="page-0001.png"');
    expect(job.html).not.toMatch(/<script/i);
    expect(job.html).toContain('size:210.0mm 297.0mm');
    expect(existsSync(job.dir)).toBe(false);
    const mine = events.filter((e) => e.task === 'print-a');
    expect(mine.at(-1)).toMatchObject({ label: '準備列印頁面', done: schools.length, total: schools.length });
  });

  it('says the print was cancelled when the officer closes the dialog, and still cleans up', async () => {
    const seen: Seen[] = [];
    const r = await print({ form: 'contact-sheet', year: 113, authority: '臺中市' }, desktop({ printed: false, reason: 'cancelled' }, seen));
    expect(r.ok && r.data.printed).toBe(false);
    expect(r.ok && r.data.message).toBe('已取消列印。');
    expect(existsSync(seen[0]!.dir)).toBe(false);
    const failed = await print({ form: 'contact-sheet', year: 113, authority: '臺中市' }, desktop({ printed: false, reason: 'Printer offline' }, seen));
    expect(failed.ok && failed.data.message).toContain('列印沒有完成（Printer offline）');
  });

  it('refuses a scope of more pages than it prints directly, before drawing any image', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const refused = preparePrintJob(store, 'school-sheet', { year: 113 }, dir, { maxPages: 5 });
      await expect(refused).rejects.toMatchObject({ code: 'TOO_MANY_PAGES' });
      await expect(refused).rejects.toThrow(/超過直接列印的上限 5 頁.*另存 PDF/);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('stops between pages on a cancel, and the folder goes', async () => {
    const seen: Seen[] = [];
    const events: ProgressEvent[] = [];
    const ctx = desktop({ printed: true, reason: null }, seen, events);
    ctx.progress = (e) => {
      events.push(e);
      if (e.done === 1) void dispatch('exports:cancel', { task: 'print-c' }, ctx);
    };
    const r = await print({ form: 'school-sheet', year: 113, authority: '屏東縣', task: 'print-c' }, ctx);
    expect(!r.ok && r.error).toEqual({ code: 'CANCELLED', message: '已取消列印。' });
    expect(seen).toHaveLength(0);
    expect(readdirSync(tmpdir()).some((n) => n.startsWith('inservice-print-') && readdirSync(join(tmpdir(), n)).includes('page-0001.png'))).toBe(false);
  });
});

describe('printInWindow (the Electron glue, with a stand-in window)', () => {
  function fakeWindow(answer: [boolean, string], log: string[]): PrintableWindow {
    let destroyed = false;
    return {
      loadFile: async (path) => {
        log.push(`load ${path}`);
      },
      webContents: {
        print: (options, callback) => {
          log.push(`print ${JSON.stringify(options)}`);
          setImmediate(() => callback(...answer));
        },
      },
      isDestroyed: () => destroyed,
      destroy: () => {
        destroyed = true;
        log.push('destroy');
      },
    };
  }

  it('loads the document, opens the system dialog (not silent), and closes the window', async () => {
    const log: string[] = [];
    expect(await printInWindow(() => fakeWindow([true, ''], log), { htmlPath: '/tmp/x/print.html' })).toEqual({ printed: true, reason: null });
    expect(log).toEqual(['load /tmp/x/print.html', 'print {"silent":false,"printBackground":true}', 'destroy']);
  });

  it('tells a cancel from a failure, and closes the window either way', async () => {
    const log: string[] = [];
    expect(await printInWindow(() => fakeWindow([false, 'Print job canceled'], log), { htmlPath: '/a.html' })).toEqual({ printed: false, reason: 'cancelled' });
    expect(await printInWindow(() => fakeWindow([false, 'failed'], log), { htmlPath: '/a.html' })).toEqual({ printed: false, reason: 'failed' });
    expect(log.filter((l) => l === 'destroy')).toHaveLength(2);
    const broken: PrintableWindow = { ...fakeWindow([true, ''], log), loadFile: async () => Promise.reject(new Error('ERR_FILE_NOT_FOUND')) };
    await expect(printInWindow(() => broken, { htmlPath: '/missing.html' })).rejects.toThrow('ERR_FILE_NOT_FOUND');
    expect(log.filter((l) => l === 'destroy')).toHaveLength(3);
  });
});

describe('the output folder', () => {
  it('is remembered in the database, so the app proposes it again after a restart', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const first = openStore(join(dir, 'remember.db'));
      createDemo(first.sqlite, { scale: 'small', year: 113, seed: 8 });
      const out = join(dir, 'pdfs');
      mkdirSync(out);
      expect(await dispatch('exports:forms', {}, testContext(first))).toMatchObject({ ok: true, data: { lastFolder: null } });
      const written = await dispatch('exports:render', { form: 'contact-sheet', year: 113, authority: '臺中市', out: join(out, 'contacts.pdf') }, testContext(first), { checkOutput: true });
      expect(written.ok).toBe(true);
      first.close();
      const again = openStore(join(dir, 'remember.db'));
      try {
        expect(await dispatch('exports:forms', {}, testContext(again))).toMatchObject({ ok: true, data: { lastFolder: out } });
      } finally {
        again.close();
      }
    } finally {
      cleanup();
    }
  });
});
