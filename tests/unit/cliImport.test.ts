import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/run.ts';
import { tempDir } from '../helpers/store.ts';

// The CLI contract of `import <kind> FILE [--year N] [--report OUT.xlsx] [--json]` and `demo files`:
// exit 0 when the file landed (rejected rows reported), 2 when it was refused and nothing changed.

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const db = join(tmp.dir, 'cli.db');
const files = join(tmp.dir, 'files');

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  const written = await cli('demo', 'files', '--out', files, '--seed', '21');
  expect(written.code).toBe(0);
});

describe('import on the command line', () => {
  it('builds a year from the demo files, kind by kind', async () => {
    expect(await cli('--db', db, 'import', 'schools', join(files, '學校.xlsx'))).toMatchObject({ code: 1, err: expect.stringContaining('--year') });
    for (const [kind, file] of [['authorities', '主管機關'], ['schools', '學校'], ['teachers', '教師名單'], ['accounts', '業務帳號'], ['contacts', '承辦人資料']]) {
      const r = await cli('--db', db, 'import', kind!, join(files, `${file}.xlsx`), '--year', '113');
      expect(r.code, r.err).toBe(0);
      expect(r.out).toMatch(/^已匯入 .+ 到 113 學年度：讀取 \d+ 列，新增 \d+、更新 0、未變更 0、未匯入 0 列。/);
    }
  });

  it('prints the report as JSON, and writes it as xlsx; the year defaults to the newest', async () => {
    const report = join(tmp.dir, 'report.xlsx');
    const r = await cli('--db', db, 'import', 'teachers', join(files, '教師名單-新學年異動範例.xlsx'), '--json', '--report', report);
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['kind', 'read', 'added', 'replaced', 'unchanged', 'rejected']);
    expect(json).toMatchObject({ kind: 'teachers', read: expect.any(Number) });
    expect(json.added).toBeGreaterThan(0);
    expect(json.replaced).toBeGreaterThan(0);
    expect(json.rejected).toHaveLength(5);
    for (const rejection of json.rejected) expect(Object.keys(rejection)).toEqual(['sheet', 'row', 'column', 'reason']);
    expect(json.rejected.map((x: { column: string }) => x.column)).toEqual(['身分證字號', '學校代碼', '姓名', '在職狀態', '身分證字號']);
    expect(existsSync(report)).toBe(true);
    const book = XLSX.read(readFileSync(report));
    expect(book.SheetNames).toEqual(['匯入結果', '未匯入資料列', '未出現在新名冊']);

    const again = await cli('--db', db, 'import', 'teachers', join(files, '教師名單-新學年異動範例.xlsx'), '--json');
    expect(JSON.parse(again.out)).toMatchObject({ added: 0, replaced: 0, unchanged: json.added + json.replaced + json.unchanged });
  });

  it('exits 2 with a Chinese message when the file is refused, and 1 on usage errors', async () => {
    const pdf = join(tmp.dir, 'roster.xlsx');
    writeFileSync(pdf, '%PDF-1.4\n%%EOF\n');
    const before = await cli('--db', db, 'info', '--json');
    const refused = await cli('--db', db, 'import', 'teachers', pdf, '--json');
    expect(refused).toMatchObject({ code: 2, out: '' });
    expect(refused.err).toMatch(/[\u4e00-\u9fff]/);
    expect(await cli('--db', db, 'import', 'teachers', join(tmp.dir, 'missing.xlsx'))).toMatchObject({ code: 2 });
    const after = await cli('--db', db, 'info', '--json');
    const tables = (x: string) => {
      const { tables: t } = JSON.parse(x);
      return t;
    };
    expect(tables(after.out)).toEqual(tables(before.out));
    expect(await cli('--db', db, 'import', 'plans', pdf)).toMatchObject({ code: 1, err: expect.stringContaining('請指定匯入種類') });
    expect(await cli('--db', db, 'import', 'teachers')).toMatchObject({ code: 1, err: expect.stringContaining('請指定要匯入的檔案') });
  });
});
