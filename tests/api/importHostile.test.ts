import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemo } from '../../db/demo/index.ts';
import { importFileColumns, writeStyledXlsx } from '../../main/exports/xlsx/workbook.ts';
import { nationalIdCheckDigit } from '../../main/engine/nationalId.ts';
import { apiOf, dumpRegistry, writeSheet } from '../helpers/importFiles.ts';
import { tempStore } from '../helpers/store.ts';

// Hostile and broken files through the API end to end: one clear Chinese message (FILE_REFUSED),
// the database exactly as it was, and the refusal kept in the import history. A cancelled import
// rolls back whole.

const store = tempStore();
const api = apiOf(store);
afterAll(() => store.cleanup());
beforeAll(() => {
  createDemo(store.sqlite, { scale: 'small', seed: 7 });
});

const HEADER = ['身分證字號', '姓名', '學校代碼'];
const file = (name: string, data: Buffer | string) => {
  const path = join(store.dir, name);
  writeFileSync(path, data);
  return path;
};

async function expectRefused(path: string, message: RegExp) {
  const before = dumpRegistry(store);
  const runsBefore = store.sqlite.prepare('SELECT COUNT(*) FROM import_runs').pluck().get() as number;
  const preview = await api.raw('imports:preview', { kind: 'teachers', path });
  expect(preview).toMatchObject({ ok: false, error: { code: 'FILE_REFUSED', message: expect.stringMatching(message) } });
  const result = await api.raw('imports:run', { task: `h-${Math.random()}`, kind: 'teachers', path, year: 113 });
  expect(result).toMatchObject({ ok: false, error: { code: 'FILE_REFUSED', message: expect.stringMatching(message) } });
  expect(dumpRegistry(store)).toEqual(before);
  return { runsBefore };
}

describe('hostile and broken files', () => {
  it('a PDF renamed to .xlsx', async () => {
    const { runsBefore } = await expectRefused(file('roster.xlsx', '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'), /不是/);
    const history = await api.call('imports:history', { year: 113 });
    expect(history.total).toBe(runsBefore + 1);
    expect(history.rows[0]).toMatchObject({ status: 'refused', fileName: 'roster.xlsx', added: 0, message: expect.any(String) });
  });

  it('a truncated workbook', async () => {
    const whole = readFileSync(writeSheet(store.dir, 'whole.xlsx', [HEADER, ['A123456789', '王', '196001']]));
    await expectRefused(file('truncated.xlsx', whole.subarray(0, Math.floor(whole.length * 0.6))), /不完整|損毀/);
  });

  it('an empty file, and a sheet with only its header', async () => {
    await expectRefused(file('empty.xlsx', Buffer.alloc(0)), /空|沒有/);
    await expectRefused(writeSheet(store.dir, 'header-only.xlsx', [HEADER]), /沒有任何資料列/);
  });

  it('a required column missing', async () => {
    await expectRefused(writeSheet(store.dir, 'no-school.xlsx', [['身分證字號', '姓名'], ['A123456789', '王']]), /學校代碼/);
  });

  it('a path that is not a file', async () => {
    await expectRefused(join(store.dir, 'nowhere.xlsx'), /找不到檔案「nowhere\.xlsx」/);
    await expectRefused(store.dir, /不是檔案/);
  });
});

describe('cancel', () => {
  it('stops a running import, rolls it back whole and records it as cancelled', async () => {
    const schools = store.sqlite.prepare('SELECT code FROM schools WHERE year = 113').pluck().all() as string[];
    const rows = Array.from({ length: 60_000 }, (_, i) => {
      const body = `Y1${String(i).padStart(7, '0')}`;
      return [body + String(nationalIdCheckDigit(body)), `教師${i}`, schools[i % schools.length]!];
    });
    const path = join(store.dir, 'big.xlsx');
    await writeStyledXlsx(path, [{ name: '教師名單', columns: importFileColumns(HEADER), rows }]);
    const before = dumpRegistry(store);
    const task = 'cancel-me';
    let asked = false;
    // Cancel as soon as the first progress event shows the import under way.
    const cancelling = apiOf(store, [], () => {
      if (asked) return;
      asked = true;
      void api.call('imports:cancel', { task });
    });
    const report = await cancelling.call('imports:run', { task, kind: 'teachers', path, year: 113 });
    expect(report).toMatchObject({ status: 'cancelled', message: '已取消匯入，資料沒有任何變更', added: 0 });
    expect(dumpRegistry(store)).toEqual(before);
    expect(await api.call('imports:cancel', { task })).toEqual({ cancelled: false });
  });
});
