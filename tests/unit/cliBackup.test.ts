import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection.ts';
import { runCli } from '../../main/cli/run.ts';
import { tempDir } from '../helpers/store.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const db = join(tmp.dir, 'live.db');

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const teachers = () => {
  const s = openSqlite(db);
  const n = (s.prepare('SELECT COUNT(*) AS n FROM teachers').get() as { n: number }).n;
  s.close();
  return n;
};

describe('backup and restore from the command line', () => {
  it('backs up, restores after a change, and refuses a file that is not a backup (exit 2)', async () => {
    expect((await cli('--db', db, 'demo', '--scale', 'small')).code).toBe(0);
    const before = teachers();
    const file = join(tmp.dir, 'b1.db');
    expect(await cli('--db', db, 'backup', '--out', file)).toMatchObject({ code: 0, out: expect.stringContaining('已備份到') });
    const s = openSqlite(db);
    s.exec('DELETE FROM teachers WHERE id % 2 = 0');
    s.close();
    expect(teachers()).toBeLessThan(before);
    expect(await cli('--db', db, 'restore', file)).toMatchObject({ code: 0, out: expect.stringContaining('已由') });
    expect(teachers()).toBe(before);
    expect(await cli('--db', db, 'restore', join(tmp.dir, 'nope.db'))).toMatchObject({ code: 2, err: expect.stringContaining('找不到檔案') });
  });

  it('a damaged database is refused at start with advice, and restore puts the backup in its place', async () => {
    const file = join(tmp.dir, 'b2.db');
    expect((await cli('--db', db, 'backup', '--out', file)).code).toBe(0);
    const before = teachers();
    const s = openSqlite(db);
    s.pragma('wal_checkpoint(TRUNCATE)');
    s.close();
    const fd = openSync(db, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 6, 0x5a), 0, 4096 * 6, 4096 * 2);
    closeSync(fd);
    const info = await cli('--db', db, 'info');
    expect(info.code).toBe(1);
    expect(info.err).toContain('未通過完整性檢查');
    expect(info.err).toContain('restore');
    expect(await cli('--db', db, 'restore', file)).toMatchObject({ code: 0, out: expect.stringContaining('原資料庫已損壞') });
    expect(teachers()).toBe(before);
  });
});
