import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite, wrapStore } from '../../db/connection.ts';
import { migrate } from '../../db/migrate.ts';
import { apiOf } from '../helpers/importFiles.ts';
import { buildHoursWorld, TEACHERS, totalsBothWays, writeHourCsv, type HourRow } from '../helpers/hoursWorld.ts';
import { tempDir } from '../helpers/store.ts';

// Whatever sequence of imports (new, repeated, overlapping, with repeats inside a file, rows for
// 待確認, rows of another year) and resolutions happens, hour_totals equals a fresh sum over
// hour_records, and the year's summary equals the records.

const tmp = tempDir('inservice-hours-prop-');
afterAll(() => tmp.cleanup());

const NAMES = [...new Set(Object.values(TEACHERS).map((t) => t.name)), '無名氏'];
const SCHOOLS = ['193601', '193602', '193603', '133601', '999999'];

const hourRow: fc.Arbitrary<HourRow> = fc.record({
  name: fc.constantFrom(...NAMES),
  schoolCode: fc.option(fc.constantFrom(...SCHOOLS), { nil: undefined }),
  courseCode: fc.constantFrom('C1', 'C2', 'C3', 'C4', 'C5'),
  hours: fc.integer({ min: 0, max: 40 }).map((h) => h / 4),
  // Mostly 113; some of 112 (refused with --year 113, placed in 112 without a year).
  date: fc.constantFrom('113/08/01', '113/12/24', '114/07/31', '113/07/31'),
  category: fc.option(fc.constantFrom('1-1-1', '2-99-99', '3-2-5', '6-99-99', '7-1'), { nil: undefined }),
});

type Step =
  | { kind: 'import'; rows: HourRow[]; byDate: boolean }
  | { kind: 'resolve'; pick: number; choice: number; code: string; dismiss: boolean }
  | { kind: 'retry' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('import' as const), rows: fc.array(hourRow, { minLength: 1, maxLength: 25 }), byDate: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('resolve' as const),
      pick: fc.nat(),
      choice: fc.nat(),
      code: fc.constantFrom('4-99-99', '5-99-99'),
      dismiss: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('retry' as const) }) },
);

describe('hour totals', () => {
  it('equal a fresh sum over the records after any sequence of imports and resolutions', async () => {
    let files = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
        const sqlite = openSqlite(':memory:');
        migrate(sqlite);
        const store = wrapStore(sqlite, ':memory:');
        buildHoursWorld(sqlite, 113);
        buildHoursWorld(sqlite, 112);
        const api = apiOf(store);
        for (const s of steps) {
          if (s.kind === 'import') {
            const path = writeHourCsv(tmp.dir, `p${++files}.csv`, s.rows);
            const report = await api.call('imports:run', { task: `p${files}`, kind: 'hours', path, year: s.byDate ? null : 113 });
            expect(report.read).toBe(s.rows.length);
            expect(report.added + report.replaced + report.unchanged + report.rejected).toBe(s.rows.length);
          } else if (s.kind === 'resolve') {
            const waiting = (await api.call('hours:pending', { year: 113, page: { offset: 0, limit: 500 } })).rows;
            const row = waiting[s.pick % Math.max(1, waiting.length)];
            if (!row) continue;
            if (row.teacher) {
              await api.call('hours:resolve', { pendingId: row.id, resolution: { kind: 'classification', code: s.code } });
            } else {
              const candidates = await api.call('hours:candidates', { pendingId: row.id });
              const chosen = candidates[s.choice % Math.max(1, candidates.length)];
              const resolution = s.dismiss || !chosen ? ({ kind: 'dismiss' } as const) : ({ kind: 'teacher', teacherId: chosen.teacherId } as const);
              await api.call('hours:resolve', { pendingId: row.id, resolution });
            }
          } else {
            await api.call('hours:retry', { year: 113 });
          }
          const { stored, fresh } = totalsBothWays(sqlite);
          expect(stored).toEqual(fresh);
        }
        for (const year of [112, 113]) {
          const summary = await api.call('hours:summary', { year });
          const sums = sqlite
            .prepare('SELECT COUNT(*) AS records, COALESCE(SUM(r.hundredths), 0) AS total FROM hour_records r JOIN teachers t ON t.id = r.teacher_id WHERE t.year = ?')
            .get(year) as { records: number; total: number };
          expect(summary.records).toBe(sums.records);
          expect(Math.round(summary.totalHours * 100)).toBe(sums.total);
          expect(Math.round(Object.values(summary.byDomain).reduce((a, b) => a + b, 0) * 100)).toBe(sums.total);
        }
        sqlite.close();
      }),
      { numRuns: 60 },
    );
  });
});
