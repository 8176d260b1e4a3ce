import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/run.ts';
import { tempDir } from '../helpers/store.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const db = join(tmp.dir, 'cli.db');

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('command line', () => {
  it('prints help in Chinese', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('用法：inservice-admin');
    expect(r.out).toContain('demo --scale small|county|national');
  });

  it('init, demo and info --json work on the given --db', async () => {
    expect((await cli('--db', db, 'init')).code).toBe(0);
    const demo = await cli('--db', db, 'demo', '--scale', 'small', '--seed', '3');
    expect(demo.code).toBe(0);
    expect(demo.out).toMatch(/已建立 113 學年度示範資料/);
    const info = await cli('--db', db, 'info', '--json');
    expect(info.code).toBe(0);
    const parsed = JSON.parse(info.out);
    expect(parsed.schemaVersion).toBeGreaterThan(0);
    expect(parsed.years).toEqual([expect.objectContaining({ year: 113, isDemo: true, authorities: 3, schools: 30 })]);
    expect(parsed.tables.teachers).toBe(parsed.years[0].teachers);
  });

  it('fails with a Chinese message and exit 1 on errors', async () => {
    const again = await cli('--db', db, 'demo', '--scale', 'small');
    expect(again).toMatchObject({ code: 1, err: '113 學年度已有資料，示範資料不會覆蓋它。' });
    expect(await cli('--db', db, 'demo', '--scale', 'huge')).toMatchObject({ code: 1, err: expect.stringContaining('--scale 只能是') });
    expect(await cli('--db', db, 'frobnicate')).toMatchObject({ code: 1, err: expect.stringContaining('不認得的指令') });
    expect(await cli('--db', db, 'info', '--nonsense')).toMatchObject({ code: 1, err: expect.stringContaining('命令列選項有誤') });
    expect(await cli('--db', db, 'demo', '--year', 'abc')).toMatchObject({ code: 1, err: expect.stringContaining('--year 必須是整數') });
  });
});
