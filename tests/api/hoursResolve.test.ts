import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openSqlite, wrapStore, type Store } from '../../db/connection.ts';
import { migrate } from '../../db/migrate.ts';
import { apiOf } from '../helpers/importFiles.ts';
import { buildHoursWorld, totalsBothWays, writeHourCsv, type HourRow } from '../helpers/hoursWorld.ts';
import { tempDir } from '../helpers/store.ts';

// 待確認: the officer picks the teacher or the classification (or leaves the row out); the choice
// is recorded, applied with the totals in one transaction, and used again by later imports.

const tmp = tempDir('inservice-hours-resolve-');
afterAll(() => tmp.cleanup());

let store: Store;
let teachers: ReturnType<typeof buildHoursWorld>;
let api: ReturnType<typeof apiOf>;
let files = 0;

beforeEach(() => {
  const sqlite = openSqlite(':memory:');
  migrate(sqlite);
  store = wrapStore(sqlite, ':memory:');
  teachers = buildHoursWorld(sqlite);
  api = apiOf(store);
});

async function importHours(rows: readonly HourRow[]) {
  const path = writeHourCsv(tmp.dir, `hours-${++files}.csv`, rows);
  return api.call('imports:run', { task: `t${files}`, kind: 'hours', path, year: 113 });
}

const row = (name: string, extra: Partial<HourRow> = {}): HourRow => ({ name, courseCode: 'C001', hours: 3, date: '113/09/10', category: '1-1-1', ...extra });

async function waiting() {
  return (await api.call('hours:pending', { year: 113 })).rows;
}

describe('resolving a waiting row', () => {
  it('an ambiguous name: candidates masked with their schools; the choice lands with the totals and is recorded', async () => {
    await importHours([row('陳美玲', { schoolCode: '193601' }), row('陳美玲', { schoolCode: '193601', courseCode: 'C002', hours: 2 })]);
    const [first] = await waiting();
    expect(first).toMatchObject({ reason: 'ambiguous', name: '陳美玲', schoolCode: '193601', courseCode: 'C001', hours: 3, date: '2024-09-10' });
    const candidates = await api.call('hours:candidates', { pendingId: first!.id });
    expect(candidates.map((c) => [c.teacherId, c.school, c.sameSchool])).toEqual([
      [teachers.chenA.id, '臺中市立文雅國民小學', true],
      [teachers.chenB.id, '臺中市立文雅國民小學', true],
    ]);
    for (const c of candidates) expect(c.maskedId).toMatch(/^B[12]\d\*{4}\d{3}$/);

    const before = await api.call('hours:teacher', { teacherId: teachers.chenB.id });
    expect(before.totalHours).toBe(0);
    const result = await api.call('hours:resolve', { pendingId: first!.id, resolution: { kind: 'teacher', teacherId: teachers.chenB.id } });
    // Both rows of 陳美玲 at 文雅國小 were written the same way: one decision places both.
    expect(result).toMatchObject({ year: 113, placed: 2, remaining: 0, teacherIds: [teachers.chenB.id] });
    const after = await api.call('hours:teacher', { teacherId: teachers.chenB.id });
    expect(after).toMatchObject({ records: 2, totalHours: 5, byDomain: { '1': 5 } });
    expect(after.courses.map((c) => [c.courseCode, c.hours, c.category, c.categoryName])).toEqual([
      ['C001', 3, '1-1-1', '學生身心發展'],
      ['C002', 2, '1-1-1', '學生身心發展'],
    ]);
    expect(await waiting()).toEqual([]);
    const decisions = store.sqlite.prepare('SELECT kind, teacher_id AS teacherId FROM hour_decisions').all();
    expect(decisions).toEqual([{ kind: 'teacher', teacherId: teachers.chenB.id }]);
    const { stored, fresh } = totalsBothWays(store.sqlite);
    expect(stored).toEqual(fresh);

    // Next month's export has the same rows: the decision places them, nothing waits.
    const again = await importHours([row('陳美玲', { schoolCode: '193601', hours: 4 })]);
    expect(again).toMatchObject({ replaced: 1, rejected: 0 });
    expect(await waiting()).toEqual([]);
    expect((await api.call('hours:teacher', { teacherId: teachers.chenB.id })).totalHours).toBe(6);
  });

  it('a teacher of another year is refused, nothing changes', async () => {
    const other = buildHoursWorld(store.sqlite, 112);
    await importHours([row('陳美玲', { schoolCode: '193601' })]);
    const [first] = await waiting();
    const refused = await api.raw('hours:resolve', { pendingId: first!.id, resolution: { kind: 'teacher', teacherId: other.chenA.id } });
    expect(refused).toEqual({ ok: false, error: { code: 'RESOLVE_REFUSED', message: '選擇的教師不在 113 學年度的教師名冊中。' } });
    expect(await waiting()).toHaveLength(1);
    expect(store.sqlite.prepare('SELECT COUNT(*) FROM hour_decisions').pluck().get()).toBe(0);
  });

  it('a missing classification: the choice goes to the course, every waiting row of it lands', async () => {
    await importHours([
      row('王小明', { schoolCode: '193601', courseCode: 'C007', category: undefined }),
      row('林志明', { schoolCode: '133601', courseCode: 'C007', category: undefined, hours: 2 }),
    ]);
    const rows = await waiting();
    expect(rows.map((r) => [r.reason, r.teacher?.id]).sort()).toEqual(
      [
        ['no-classification', teachers.wang.id],
        ['no-classification', teachers.lin.id],
      ].sort(),
    );
    const result = await api.call('hours:resolve', { pendingId: rows[0]!.id, resolution: { kind: 'classification', code: '5-99-99' } });
    expect(result).toMatchObject({ placed: 2, remaining: 0 });
    expect(await waiting()).toEqual([]);
    expect((await api.call('hours:teacher', { teacherId: teachers.lin.id })).byDomain).toMatchObject({ '5': 2 });
    const course = await api.call('hours:courses', { q: 'C007' });
    expect(course.rows[0]).toMatchObject({ code: 'C007', category: '5-99-99', listed: false });
  });

  it('an unknown teacher left out: the row goes, and later imports skip it', async () => {
    await importHours([row('無名氏', { schoolCode: '193601' })]);
    const [first] = await waiting();
    expect(await api.call('hours:resolve', { pendingId: first!.id, resolution: { kind: 'dismiss' } })).toMatchObject({ dropped: 1, placed: 0 });
    expect(await waiting()).toEqual([]);
    const again = await importHours([row('無名氏', { schoolCode: '193601' })]);
    expect(again).toMatchObject({ rejected: 1, added: 0 });
    expect(await waiting()).toEqual([]);
  });

  it('rows waiting for a teacher who was not on the roster land after the roster is fixed (retry)', async () => {
    await importHours([row('黃新來', { schoolCode: '133601' })]);
    expect(await waiting()).toHaveLength(1);
    const school = store.sqlite.prepare("SELECT id FROM schools WHERE code = '133601' AND year = 113").pluck().get();
    store.sqlite.prepare("INSERT INTO teachers (year, school_id, national_id, name) VALUES (113, ?, 'F131234563', '黃新來')").run(school);
    expect(await api.call('hours:retry', { year: 113 })).toEqual({ placed: 1, dropped: 0, remaining: 0 });
    expect(await api.call('hours:summary', { year: 113 })).toMatchObject({ records: 1, withHours: 1, totalHours: 3 });
  });
});
