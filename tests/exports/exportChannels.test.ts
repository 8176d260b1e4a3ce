import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemo } from '../../db/demo/index.ts';
import type { ApiContext } from '../../main/api/context.ts';
import { dispatch } from '../../main/api/dispatch.ts';
import type { ProgressEvent } from '../../preload/contracts/common.ts';
import { apiOf } from '../helpers/importFiles.ts';
import { tempStore } from '../helpers/store.ts';

// The export screen's channels (issue 8): a page preview drawn without writing a file, a cancel
// that leaves nothing half-written, where files may go (never over a file that is not ours), the
// save dialog and opening a written file — both only in the desktop app.

const store = tempStore();
let onEvent: ((e: ProgressEvent) => void) | null = null;
const api = apiOf(store, [], (e) => onEvent?.(e));
beforeAll(() => createDemo(store.sqlite, { scale: 'small', year: 113, seed: 8 }));
afterAll(() => store.cleanup());

const file = (name: string) => join(store.dir, name);
const PNG = [0x89, 0x50, 0x4e, 0x47];

describe('exports:preview', () => {
  it('draws page 1 as a PNG the size of A4 at 96 dpi, and page 2 of a one-page form is the second school', async () => {
    const schools = store.sqlite.prepare("SELECT s.name FROM schools s JOIN authorities a ON a.id = s.authority_id WHERE a.name = '屏東縣' ORDER BY s.code").pluck().all() as string[];
    const first = await api.call('exports:preview', { form: 'school-sheet', year: 113, authority: '屏東縣' });
    expect([...Buffer.from(first.png, 'base64').subarray(0, 4)]).toEqual(PNG);
    expect(first).toMatchObject({ width: 794, height: 1123, page: 1, label: schools[0], instancePages: 1, instances: schools.length });
    const second = await api.call('exports:preview', { form: 'school-sheet', year: 113, authority: '屏東縣', page: 2 });
    expect(second.label).toBe(schools[1]);
    expect(second.png).not.toBe(first.png);
    const beyond = await api.raw('exports:preview', { form: 'school-sheet', year: 113, authority: '屏東縣', page: 99 });
    expect(!beyond.ok && beyond.error.message).toBe(`列印結果只有 ${schools.length} 頁，沒有第 99 頁。`);
  });

  it('shows the pie of a plan record, with no file written', async () => {
    const before = readdirSync(store.dir);
    const preview = await api.call('exports:preview', { form: 'school-plan', year: 113, authority: '臺中市' });
    expect(preview.label).toMatch(/^臺中市/);
    // A page with the chart weighs far more than a page of text and rules.
    expect(Buffer.from(preview.png, 'base64').length).toBeGreaterThan(80_000);
    expect(readdirSync(store.dir)).toEqual(before);
  });
});

describe('exports:cancel', () => {
  it('stops a batch between two instances, before anything is written', async () => {
    const out = file('cancelled.pdf');
    onEvent = (e) => {
      if (e.task === 'print-1') void api.call('exports:cancel', { task: 'print-1' });
    };
    const r = await api.raw('exports:batch', { form: 'school-sheet', year: 113, layout: 'combined', out, task: 'print-1' });
    onEvent = null;
    expect(!r.ok && r.error).toEqual({ code: 'CANCELLED', message: '已取消列印，沒有寫入任何檔案。' });
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(store.dir).some((n) => n.endsWith('.tmp'))).toBe(false);
    expect(await api.call('exports:cancel', { task: 'print-1' })).toEqual({ cancelled: false });
  });
});

describe('where exports may be written', () => {
  it('refuses relative paths, other kinds of file and files that are not ours; replaces its own', async () => {
    const relative = await api.raw('exports:render', { form: 'school-sheet', year: 113, out: 'sheets.pdf' });
    expect(!relative.ok && relative.error.code).toBe('BAD_PATH');
    const wrongKind = await api.raw('exports:awards', { year: 113, out: file('list.csv') });
    expect(!wrongKind.ok && wrongKind.error.message).toContain('.xlsx');

    writeFileSync(file('scan.pdf'), '%PDF-1.4\n% a signed scan\n');
    const notOurs = await api.raw('exports:render', { form: 'school-sheet', year: 113, out: file('scan.pdf') });
    expect(!notOurs.ok && notOurs.error.message).toContain('不是本程式產生的檔案');
    expect(readFileSync(file('scan.pdf'), 'utf8')).toContain('a signed scan');

    await api.call('exports:render', { form: 'school-sheet', year: 113, authority: '屏東縣', out: file('ours.pdf') });
    const again = await api.call('exports:render', { form: 'school-sheet', year: 113, authority: '臺中市', out: file('ours.pdf') });
    expect(again.files[0]!.path).toBe(file('ours.pdf'));
  });

  it('makes a batch folder when missing, but never writes over another file in it', async () => {
    writeFileSync(file('a-file'), 'x');
    const notFolder = await api.raw('exports:batch', { form: 'contact-sheet', year: 113, layout: 'folder', out: file('a-file') });
    expect(!notFolder.ok && notFolder.error.message).toContain('不是資料夾');
    const noParent = await api.raw('exports:batch', { form: 'contact-sheet', year: 113, layout: 'folder', out: file('no/such/folder') });
    expect(!noParent.ok && noParent.error.code).toBe('BAD_PATH');

    const school = store.sqlite.prepare("SELECT code, name FROM schools WHERE year = 113 ORDER BY code LIMIT 1").get() as { code: string; name: string };
    const taken = file(`shared/學校基本資料表_${school.code}_${school.name}.pdf`);
    mkdirSync(file('shared'));
    writeFileSync(taken, 'someone else’s');
    const clash = await api.raw('exports:batch', { form: 'school-sheet', year: 113, school: school.code, layout: 'folder', out: file('shared') });
    expect(!clash.ok && clash.error.message).toContain('不是本程式產生的檔案');
    expect(readFileSync(taken, 'utf8')).toBe('someone else’s');
    // An earlier batch of ours in the same folder is simply replaced.
    await api.call('exports:batch', { form: 'school-sheet', year: 113, school: school.code, layout: 'folder', out: file('ours') });
    await api.call('exports:batch', { form: 'school-sheet', year: 113, school: school.code, layout: 'folder', out: file('ours') });
    expect(readdirSync(file('ours'))).toEqual([`學校基本資料表_${school.code}_${school.name}.pdf`]);
  });
});

describe('the desktop app’s dialogs and viewer', () => {
  const desktop = (opened: string[]): ApiContext => ({
    store,
    appVersion: 'test',
    progress: () => {},
    chooseSavePath: async ({ defaultPath, folder }) => (folder ? `${defaultPath}-folder` : defaultPath),
    openPath: async (path) => {
      opened.push(path);
      return '';
    },
  });

  it('offers the save dialog in the folder used last, and only there', async () => {
    expect(await api.call('exports:chooseOut', { kind: 'pdf', name: '學校基本資料表.pdf' })).toEqual({ available: false, path: null });
    await api.call('exports:render', { form: 'contact-sheet', year: 113, authority: '臺中市', out: file('contact.pdf') });
    const picked = await dispatch('exports:chooseOut', { kind: 'xlsx', name: '獎勵名單.xlsx' }, desktop([]), { checkOutput: true });
    expect(picked).toEqual({ ok: true, data: { available: true, path: join(store.dir, '獎勵名單.xlsx') } });
  });

  it('opens only a file this app wrote in this session', async () => {
    const opened: string[] = [];
    const ctx = desktop(opened);
    await api.call('exports:render', { form: 'contact-sheet', year: 113, authority: '屏東縣', out: file('to-open.pdf') });
    expect(await dispatch('exports:open', { path: file('to-open.pdf') }, ctx)).toEqual({ ok: true, data: { opened: true, message: null } });
    expect(opened).toEqual([file('to-open.pdf')]);
    const other = await dispatch('exports:open', { path: '/bin/sh' }, ctx);
    expect(!other.ok && other.error.code).toBe('BAD_PATH');
    expect(opened).toHaveLength(1);
    // Without a viewer (the CLI, the test host): where to find it.
    expect(await api.call('exports:open', { path: file('to-open.pdf') })).toEqual({ opened: false, message: `這個環境無法直接開啟檔案，請到「${store.dir}」開啟。` });
  });
});
