import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection.ts';
import { latestVersion } from '../../db/migrate.ts';
import { runCli } from '../../main/cli/run.ts';
import { tempDir } from '../helpers/store.ts';

// The command line goes through the same door as the window, so its changes are in the trail, and
// `audit` reads the trail back (filters, JSON).

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const db = join(tmp.dir, 'cli.db');

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['--db', db, ...argv], { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('audit from the command line', () => {
  it('lists the changes made from the command line, newest first, with filters', async () => {
    expect(await cli('audit')).toMatchObject({ code: 0, out: '沒有符合條件的操作紀錄。' });
    expect((await cli('demo', '--scale', 'small')).code).toBe(0);
    expect((await cli('backup', '--out', join(tmp.dir, 'b.db'))).code).toBe(0);

    const json = await cli('audit', '--json');
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.out) as Array<{ action: string; summary: string; osUser: string }>;
    expect(rows.map((r) => r.action)).toEqual(['backup.create', 'demo.create']);
    expect(rows[0]!.summary).toBe(`手動備份資料庫，存為 b.db（資料結構第 ${latestVersion()} 版）`);
    expect(rows[1]!.summary).toMatch(/^建立 113 學年度的示範資料（small）：/);

    const text = await cli('audit', '--action', 'demo.create');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/建立示範資料\s+建立 113 學年度的示範資料/);
    expect(text.out).toContain('共 1 筆。');
    expect(text.out).not.toContain('手動備份');

    expect(await cli('audit', '--to', '2000-01-01')).toMatchObject({ code: 0, out: '沒有符合條件的操作紀錄。' });
    expect(await cli('audit', '--from', '113/01/01', '--text', '備份', '--json')).toMatchObject({ code: 0, out: expect.stringContaining('backup.create') });
    expect(await cli('audit', '--action', 'nope')).toMatchObject({ code: 1, err: expect.stringContaining('不認得的動作「nope」') });
    expect(await cli('audit', '--from', 'yesterday')).toMatchObject({ code: 1, err: expect.stringContaining('--from 的日期格式') });
  });

  it('a restore over a damaged database (which goes around the API) is recorded in the restored trail', async () => {
    const file = join(tmp.dir, 'before-damage.db');
    expect((await cli('backup', '--out', file)).code).toBe(0);
    const s = openSqlite(db);
    s.pragma('wal_checkpoint(TRUNCATE)');
    s.close();
    const fd = openSync(db, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 6, 0x5a), 0, 4096 * 6, 4096 * 2);
    closeSync(fd);
    expect(await cli('restore', file)).toMatchObject({ code: 0, out: expect.stringContaining('原資料庫已損壞') });
    const rows = JSON.parse((await cli('audit', '--json')).out) as Array<{ action: string; summary: string; details: Record<string, unknown> }>;
    expect(rows[0]).toMatchObject({ action: 'backup.restore', summary: '由備份 before-damage.db 還原損壞的資料庫（損壞的檔案改名保存）', details: { damaged: true } });
    // The trail before it is the backup's: the backup's own row was written after the copy was taken.
    expect(rows.slice(1).map((r) => r.action)).toEqual(['backup.create', 'demo.create']);
  });
});
