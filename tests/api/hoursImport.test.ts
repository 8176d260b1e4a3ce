import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openSqlite, wrapStore, type Store } from '../../db/connection.ts';
import { migrate } from '../../db/migrate.ts';
import { apiOf } from '../helpers/importFiles.ts';
import { buildHoursWorld, totalsBothWays, writeCourseCsv, writeHourCsv, type HourRow, type TeacherKey } from '../helpers/hoursWorld.ts';
import { tempDir } from '../helpers/store.ts';

// Issue 6: hour records matched to rostered teachers by the rules under formats.md's table, the
// classification from the row or the course list, the school year from the date, re-import replacing.

const tmp = tempDir('inservice-hours-');
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

async function importHours(rows: readonly HourRow[], year: number | null = 113) {
  const path = writeHourCsv(tmp.dir, `hours-${++files}.csv`, rows);
  const report = await api.call('imports:run', { task: `t${files}`, kind: 'hours', path, year });
  const rejections = await api.call('imports:rejections', { id: report.id, page: { offset: 0, limit: 500 } });
  return { report, rejections: rejections.rows };
}

const row = (name: string, extra: Partial<HourRow> = {}): HourRow => ({ name, courseCode: 'C001', hours: 3, date: '113/09/10', category: '1-1-1', ...extra });

function recordOf(key: TeacherKey) {
  return store.sqlite
    .prepare('SELECT c.code, r.hundredths, r.category FROM hour_records r JOIN courses c ON c.id = r.course_id WHERE r.teacher_id = ? ORDER BY c.code')
    .all(teachers[key].id);
}

function pending() {
  return store.sqlite.prepare('SELECT reason, name, detail, teacher_id AS teacherId FROM hour_pending ORDER BY id').all() as Array<{ reason: string; name: string; detail: string; teacherId: number | null }>;
}

describe('matching an hour row to a rostered teacher', () => {
  it('by national ID, whatever the name and school say', async () => {
    const { report } = await importHours([row('王曉明', { nationalId: teachers.wang.nationalId, schoolCode: '133601' })]);
    expect(report).toMatchObject({ status: 'landed', read: 1, added: 1, rejected: 0 });
    expect(recordOf('wang')).toEqual([{ code: 'C001', hundredths: 300, category: 10101 }]);
  });

  it('an ID not on the roster is not rescued by the name', async () => {
    await importHours([row('王小明', { nationalId: 'A123456789', schoolCode: '193601' })]);
    expect(recordOf('wang')).toEqual([]);
    expect(pending()).toEqual([expect.objectContaining({ reason: 'unmatched', detail: '身分證字號 A12****789 不在 113 學年度的教師名冊' })]);
  });

  it('by name within the school named by 學校代碼', async () => {
    await importHours([row('李大華', { schoolCode: '193601' })]);
    expect(recordOf('leeA')).toHaveLength(1);
    expect(recordOf('leeB')).toHaveLength(0);
  });

  it('by name within the school named by 服務學校 (full-width spaces and all)', async () => {
    await importHours([row('李　大華', { schoolName: '臺中市立永和國民小學' })]);
    expect(recordOf('leeB')).toHaveLength(1);
    expect(recordOf('leeA')).toHaveLength(0);
  });

  it('by name within the authority when the name is unique there', async () => {
    // 張雅婷 teaches at 永和國小; the row names 文雅國小 of the same authority.
    await importHours([row('張雅婷', { schoolCode: '193601' })]);
    expect(recordOf('chang')).toHaveLength(1);
  });

  it('several teachers of that name: kept for 待確認 with the reason, never guessed', async () => {
    const { report, rejections } = await importHours([
      row('陳美玲', { schoolCode: '193601' }),
      row('李大華', { schoolCode: '193603' }),
    ]);
    expect(report).toMatchObject({ added: 0, rejected: 2 });
    expect(pending()).toEqual([
      expect.objectContaining({ reason: 'ambiguous', name: '陳美玲', detail: '臺中市立文雅國民小學有 2 位教師名叫「陳美玲」' }),
      expect.objectContaining({ reason: 'ambiguous', name: '李大華', detail: '同一主管機關有 2 位教師名叫「李大華」，但都不在臺中市立光明國民中學' }),
    ]);
    expect(rejections.map((r) => r.reason)).toEqual([
      '已列入「待確認」：臺中市立文雅國民小學有 2 位教師名叫「陳美玲」',
      '已列入「待確認」：同一主管機關有 2 位教師名叫「李大華」，但都不在臺中市立光明國民中學',
    ]);
  });

  it('nobody of that name, or no school to look in: unmatched', async () => {
    await importHours([row('無名氏', { schoolCode: '193601' }), row('林志明'), row('林志明', { schoolCode: '999999' })]);
    expect(pending().map((p) => [p.reason, p.detail])).toEqual([
      ['unmatched', '113 學年度的教師名冊（臺中市立文雅國民小學及其主管機關）沒有名叫「無名氏」的教師'],
      ['unmatched', '沒有學校代碼或服務學校，無法依姓名比對教師'],
      ['unmatched', '學校代碼「999999」不在 113 學年度的學校名單，無法依姓名比對教師'],
    ]);
    expect(recordOf('lin')).toEqual([]);
  });
});

describe('the classification', () => {
  it('comes from the row, else from the course list by 課程代碼; none: 待確認', async () => {
    const courses = writeCourseCsv(tmp.dir, 'courses.csv', [{ code: 'C002', name: '班級經營實務研習', category: '2-99-99' }]);
    const listed = await api.call('imports:run', { task: 'courses', kind: 'courses', path: courses, year: null });
    expect(listed).toMatchObject({ status: 'landed', added: 1 });
    await importHours([
      row('王小明', { schoolCode: '193601', courseCode: 'C002', category: '3-2-5' }),
      row('林志明', { schoolCode: '133601', courseCode: 'C002', category: undefined }),
      row('張雅婷', { schoolCode: '193602', courseCode: 'C003', category: undefined }),
      row('李大華', { schoolCode: '193601', courseCode: 'C003', category: '9-1' }),
    ]);
    expect(recordOf('wang')).toEqual([{ code: 'C002', hundredths: 300, category: 30205 }]);
    expect(recordOf('lin')).toEqual([{ code: 'C002', hundredths: 300, category: 29999 }]);
    expect(pending()).toEqual([
      { reason: 'no-classification', name: '張雅婷', teacherId: teachers.chang.id, detail: '這列沒有課程類別，課程清單也沒有課程代碼「C003」的類別' },
      { reason: 'bad-classification', name: '李大華', teacherId: teachers.leeA.id, detail: '課程類別「9-1」不是有效的課程分類代碼' },
    ]);
  });
});

describe('importing again', () => {
  it('replaces a record of the same (school year, teacher, course), leaves equal ones, adds new ones', async () => {
    const first = await importHours([row('王小明', { schoolCode: '193601' }), row('林志明', { schoolCode: '133601' })]);
    expect(first.report).toMatchObject({ added: 2, replaced: 0, unchanged: 0 });
    const second = await importHours([
      row('王小明', { schoolCode: '193601', hours: 4.5 }),
      row('林志明', { schoolCode: '133601' }),
      row('林志明', { schoolCode: '133601', courseCode: 'C009' }),
    ]);
    expect(second.report).toMatchObject({ read: 3, added: 1, replaced: 1, unchanged: 1, rejected: 0 });
    expect(recordOf('wang')).toEqual([{ code: 'C001', hundredths: 450, category: 10101 }]);
    const summary = await api.call('hours:summary', { year: 113 });
    expect(summary).toMatchObject({ records: 3, withHours: 2, totalHours: 10.5, byDomain: { '1': 10.5, '2': 0 } });
    const { stored, fresh } = totalsBothWays(store.sqlite);
    expect(stored).toEqual(fresh);
  });

  it('a pair written twice in one file: the first row counts, the repeat is reported', async () => {
    const { report, rejections } = await importHours([row('王小明', { schoolCode: '193601' }), row('王小明', { schoolCode: '193601', hours: 9 })]);
    expect(report).toMatchObject({ added: 1, rejected: 1 });
    expect(rejections).toEqual([{ sheet: expect.any(String), row: 3, column: '課程代碼', reason: '與第 2 列是同一位教師同一學年度的同一門課程，本列未匯入' }]);
    expect(recordOf('wang')).toEqual([{ code: 'C001', hundredths: 300, category: 10101 }]);
  });

  it('the same export twice leaves 待確認 as it was, not doubled', async () => {
    const rows = [row('陳美玲', { schoolCode: '193601' }), row('無名氏', { schoolCode: '193601' })];
    await importHours(rows);
    await importHours(rows);
    expect(pending()).toHaveLength(2);
  });
});

describe('the school year comes from the date (8/1 .. 7/31)', () => {
  it('with a year given, rows of other school years are reported and left out', async () => {
    const { report, rejections } = await importHours([
      row('王小明', { schoolCode: '193601', date: '113/08/01' }),
      row('王小明', { schoolCode: '193601', date: '2024-07-31', courseCode: 'C002' }),
      row('王小明', { schoolCode: '193601', date: '114/08/01', courseCode: 'C003' }),
    ]);
    expect(report).toMatchObject({ read: 3, added: 1, rejected: 2 });
    expect(rejections.map((r) => [r.row, r.column, r.reason])).toEqual([
      [3, '研習日期', '日期 113/07/31 屬於 112 學年度，不在這次匯入的 113 學年度，未匯入'],
      [4, '研習日期', '日期 114/08/01 屬於 114 學年度，不在這次匯入的 113 學年度，未匯入'],
    ]);
  });

  it('without a year, each row goes to the roster of its own school year', async () => {
    const earlier = buildHoursWorld(store.sqlite, 112);
    const { report, rejections } = await importHours(
      [
        row('王小明', { schoolCode: '193601', date: '113/07/31' }),
        row('王小明', { schoolCode: '193601', date: '113/08/01' }),
        row('王小明', { schoolCode: '193601', date: '115/03/01' }),
      ],
      null,
    );
    expect(report).toMatchObject({ year: null, added: 2, rejected: 1 });
    expect(rejections[0]?.reason).toBe('日期 115/03/01 屬於 114 學年度，資料庫裡沒有這個學年度的教師名冊，未匯入');
    const totals = store.sqlite.prepare('SELECT teacher_id AS id, year, records FROM hour_totals ORDER BY year').all();
    expect(totals).toEqual([
      { id: earlier.wang.id, year: 112, records: 1 },
      { id: teachers.wang.id, year: 113, records: 1 },
    ]);
  });
});
