import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../db/open.ts';
import { apiOf } from '../helpers/importFiles.ts';
import { buildHoursWorld } from '../helpers/hoursWorld.ts';
import { tempDir } from '../helpers/store.ts';

// Disk full during an hour import: the database lives on a 2 MB tmpfs and the file would need far
// more. The officer gets one clear Chinese message; the database passes integrity_check and holds
// exactly what it held before. Needs root (mount) on Linux; skipped elsewhere.

const canMount = process.platform === 'linux' && process.getuid?.() === 0;
const ROWS = 150_000;

const tmp = tempDir('inservice-hours-full-');
const mountPoint = join(tmp.dir, 'small-disk');
let mounted = false;

beforeAll(() => {
  if (!canMount) return;
  mkdirSync(mountPoint);
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint]);
  mounted = true;
});

afterAll(() => {
  if (mounted) execFileSync('umount', [mountPoint]);
  tmp.cleanup();
});

/** Every table an hour import writes, to prove that nothing changed. */
function dump(store: ReturnType<typeof openStore>) {
  const tables = ['courses', 'hour_records', 'hour_totals', 'hour_pending', 'hour_decisions', 'import_rejections'];
  return Object.fromEntries(tables.map((t) => [t, store.sqlite.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]));
}

describe.skipIf(!canMount)('an hour import on a full disk', () => {
  it('stops with a clear message and leaves the database intact and unchanged', async () => {
    const store = openStore(join(mountPoint, 'hours.db'));
    try {
      const teachers = buildHoursWorld(store.sqlite);
      store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      // Each teacher attends tens of thousands of courses: far more records than 2 MB can hold.
      const lines = ['姓名,學校代碼,課程代碼,課程名稱,課程類別,研習日期,實核時數'];
      const names = [['王小明', '193601'], ['林志明', '133601'], ['張雅婷', '193602']] as const;
      for (let i = 0; i < ROWS; i++) {
        const [name, school] = names[i % names.length]!;
        lines.push(`${name},${school},K${String(i).padStart(7, '0')},第 ${i} 門研習課程,1-1-1,113/09/10,2`);
      }
      const file = join(tmp.dir, 'hours.csv');
      writeFileSync(file, lines.join('\n'));
      const before = dump(store);
      expect(teachers.wang.id).toBeGreaterThan(0);

      const result = await apiOf(store).raw('imports:run', { task: 'full', kind: 'hours', path: file, year: 113 });
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'DISK_FULL',
          message: '磁碟空間不足，這次匯入沒有完成，資料沒有任何變更。請清出資料庫所在磁碟的空間（或把資料庫移到空間較大的磁碟）後再匯入一次。',
        },
      });
      expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(dump(store)).toEqual(before);
      const runs = store.sqlite.prepare("SELECT status FROM import_runs WHERE kind = 'hours'").pluck().all();
      expect(runs.every((s) => s === 'refused')).toBe(true);
    } finally {
      store.close();
    }
    // Opened again (as after a restart), still the same.
    const again = openStore(join(mountPoint, 'hours.db'));
    try {
      expect(again.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(again.sqlite.prepare('SELECT COUNT(*) FROM hour_records').pluck().get()).toBe(0);
      expect(again.sqlite.prepare('SELECT COUNT(*) FROM courses').pluck().get()).toBe(0);
    } finally {
      again.close();
    }
  });
});
