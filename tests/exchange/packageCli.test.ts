import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection.ts';
import { runCli } from '../../main/cli/run.ts';
import { tempDir } from '../helpers/store.ts';

const tmp = tempDir('inservice-pkgcli-');
afterAll(() => tmp.cleanup());
const county = join(tmp.dir, 'county.db');
const central = join(tmp.dir, 'central.db');

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const count = (db: string, sql: string): number => {
  const s = openSqlite(db);
  const n = s.prepare(sql).pluck().get() as number;
  s.close();
  return n;
};

describe('package export / import from the command line', () => {
  it('exports a county package, imports it into another database, answers a second import with no change, refuses a bad file with exit 2', async () => {
    expect((await cli('--db', county, 'demo', '--scale', 'small')).code).toBe(0);
    const file = join(tmp.dir, '屏東縣-113.iapkg');
    const exported = await cli('--db', county, 'package', 'export', '--authority', '屏東縣', '--year', '113', '--out', file);
    expect(exported).toMatchObject({ code: 0, out: expect.stringContaining('已匯出 屏東縣 113 學年度的資料包') });
    expect(exported.out).toMatch(/教師名單：\d+ 筆/);

    const imported = await cli('--db', central, 'package', 'import', file, '--json');
    expect(imported.code).toBe(0);
    const summary = JSON.parse(imported.out) as { status: string; written: { name: string; rows: number }[] };
    expect(summary.status).toBe('landed');
    const teachers = summary.written.find((p) => p.name === 'teachers')!.rows;
    expect(teachers).toBe(count(county, "SELECT COUNT(*) FROM teachers t JOIN schools s ON s.id = t.school_id JOIN authorities a ON a.id = s.authority_id WHERE a.name = '屏東縣'"));
    expect(count(central, 'SELECT COUNT(*) FROM teachers')).toBe(teachers);

    expect(await cli('--db', central, 'package', 'import', file)).toMatchObject({ code: 0, out: expect.stringContaining('已匯入過，資料沒有變更') });
    expect(await cli('--db', central, 'package', 'history')).toMatchObject({ code: 0, out: expect.stringContaining('113 學年度 屏東縣') });

    const bad = join(tmp.dir, 'bad.iapkg');
    writeFileSync(bad, 'not a package');
    expect(await cli('--db', central, 'package', 'import', bad)).toMatchObject({ code: 2, err: expect.stringContaining('不是「進修規劃管理」的資料包') });
    expect(await cli('--db', county, 'package', 'export', '--authority', '金門縣', '--year', '113', '--out', join(tmp.dir, 'x.iapkg'))).toMatchObject({
      code: 1,
      err: expect.stringContaining('沒有「金門縣」'),
    });
    // The path check: a file that is not ours is never overwritten.
    const other = join(tmp.dir, 'notes.iapkg');
    writeFileSync(other, 'my notes');
    expect(await cli('--db', county, 'package', 'export', '--authority', '屏東縣', '--year', '113', '--out', other)).toMatchObject({ code: 1, err: expect.stringContaining('已存在') });
  });
});
