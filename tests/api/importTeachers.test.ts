import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalIdCheckDigit } from '../../main/engine/nationalId.ts';
import { apiOf, writeSheet } from '../helpers/importFiles.ts';
import { tempStore } from '../helpers/store.ts';

// The roster of a school year: added / replaced / unchanged, an unknown school rejected, teachers
// missing from a new roster listed and NOT changed, and the confirm action that marks them left.

const store = tempStore();
const events: import('../../preload/contracts/common.ts').ProgressEvent[] = [];
const api = apiOf(store, events);
afterAll(() => store.cleanup());

const id = (n: number, letter = 'B'): string => {
  const body = `${letter}2${String(n).padStart(7, '0')}`;
  return body + String(nationalIdCheckDigit(body));
};
const HEADER = ['身分證字號', '教師姓名', '學校代碼', '職稱', '任教科目', '帳號狀況', '在職狀態'];
const roster = [
  HEADER,
  [id(1), '王一', '196001', '導師', '國語', '啟用中', '在職'],
  [id(2), '王二', '196001', '專任教師', '數學', '啟用中', '在職'],
  [id(3), '王三', '196001', '導師', null, '待申請', null],
  [id(4), '李四', '195001', '導師', '英語', '啟用中', '在職'],
  [id(5), '李五', '195001', '教師兼組長', '理化', '停用中', '在職'],
];
let teacherIds: Map<string, number>;

const run = (path: string) => api.call('imports:run', { task: `t-${Math.random()}`, kind: 'teachers', path, year: 113 });

beforeAll(async () => {
  const auth = writeSheet(store.dir, 'a.xlsx', [['主管機關代碼', '主管機關名稱'], ['19', '臺中市']]);
  await api.call('imports:run', { task: 'a', kind: 'authorities', path: auth, year: 113 });
  const schools = writeSheet(store.dir, 's.xlsx', [
    ['學校代碼', '學校名稱', '主管機關', '教育階段'],
    ['196001', '臺中市立文雅國民小學', '臺中市', '國小'],
    ['195001', '臺中市立光華國民中學', '臺中市', '國中'],
    ['196002', '臺中市立東光國民小學', '臺中市', '國小'],
  ]);
  await api.call('imports:run', { task: 's', kind: 'schools', path: schools, year: 113 });
});

async function loadIds() {
  const page = await api.call('registry:teachers', { year: 113, page: { offset: 0, limit: 500 } });
  teacherIds = new Map(page.rows.map((r) => [r.name, r.id]));
}

describe('teachers roster import', () => {
  it('adds the roster with progress events; importing it again changes nothing', async () => {
    const first = await run(writeSheet(store.dir, 'roster.xlsx', roster, '教師名單'));
    expect(first).toMatchObject({ status: 'landed', read: 5, added: 5, replaced: 0, unchanged: 0, rejected: 0, missing: 0 });
    expect(events.length).toBeGreaterThan(0);
    expect(events.at(-1)).toMatchObject({ task: expect.stringMatching(/^t-/), label: expect.stringContaining('已讀取 5 列') });
    const again = await run(writeSheet(store.dir, 'roster-again.xlsx', roster, '教師名單'));
    expect(again).toMatchObject({ read: 5, added: 0, replaced: 0, unchanged: 5, rejected: 0, missing: 0 });
    await loadIds();
    const t3 = await api.call('registry:teacher', { id: teacherIds.get('王三')! });
    // Blank 在職狀態 takes the default; a blank optional text column stays blank.
    expect(t3).toMatchObject({ employmentStatus: '在職', accountStatus: '待申請', subjects: null, schoolCode: '196001' });
  });

  it('updates changed rows, moves a teacher, rejects an unknown school and lists (never changes) the missing', async () => {
    const next = [
      HEADER,
      [id(1), '王一', '196001', '教師兼主任', '國語', '啟用中', '在職'], // changed title
      [id(2), '王二', '196002', '專任教師', '數學', '啟用中', '在職'], // moved school
      [id(4), '李四', '195001', '導師', '英語', '啟用中', '在職'], // unchanged
      [id(6), '新六', '196002', '代理教師', null, '待申請', '在職'], // new
      [id(7), '錯七', '999999', null, null, null, null], // unknown school
      [id(8).slice(0, 9) + String((Number(id(8)[9]) + 1) % 10), '錯八', '196001', null, null, null, null], // bad check digit
    ];
    const report = await run(writeSheet(store.dir, 'roster-next.xlsx', next, '教師名單'));
    expect(report).toMatchObject({ read: 6, added: 1, replaced: 2, unchanged: 1, rejected: 2, missing: 2 });
    const rejections = await api.call('imports:rejections', { id: report.id });
    expect(rejections.rows).toEqual([
      { sheet: '教師名單', row: 6, column: '學校代碼', reason: '113 學年度沒有學校代碼「999999」的學校，請先匯入學校名冊或修正代碼' },
      { sheet: '教師名單', row: 7, column: '身分證字號', reason: '身分證字號檢查碼錯誤' },
    ]);
    // 王三 (196001) and 李五 (195001) are not in the new roster: listed, still 在職.
    const missing = await api.call('imports:missing', { id: report.id });
    expect(missing.rows.map((m) => [m.name, m.schoolCode, m.employmentStatus])).toEqual([
      ['李五', '195001', '在職'],
      ['王三', '196001', '在職'],
    ]);
    for (const m of missing.rows) expect(m.maskedId).toMatch(/^B2\d\*{4}\d{3}$/);
    const all = await api.call('registry:teachers', { year: 113 });
    expect(all.total).toBe(6);
    expect(all.rows.every((r) => r.employmentStatus === '在職')).toBe(true);
    await loadIds();
    expect((await api.call('registry:teacher', { id: teacherIds.get('王二')! })).schoolCode).toBe('196002');
    expect((await api.call('registry:teacher', { id: teacherIds.get('王一')! })).jobTitle).toBe('教師兼主任');

    // The officer confirms one of them as 退休: marked and recorded, the other untouched.
    const wang3 = teacherIds.get('王三')!;
    const confirmed = await api.call('registry:confirmLeft', { importId: report.id, teacherIds: [wang3, teacherIds.get('王一')!], status: '退休' });
    expect(confirmed).toEqual({ marked: 1, skipped: 1 });
    const detail = await api.call('registry:teacher', { id: wang3 });
    expect(detail.employmentStatus).toBe('退休');
    expect(detail.departures).toEqual([{ status: '退休', previousStatus: '在職', confirmedAt: expect.any(String), importFile: 'roster-next.xlsx' }]);
    expect((await api.call('registry:teacher', { id: teacherIds.get('李五')! })).employmentStatus).toBe('在職');
    expect(await api.call('imports:report', { id: report.id })).toMatchObject({ missing: 2, confirmedLeft: 1 });
    // Confirming again does nothing: the teacher is no longer 在職.
    expect(await api.call('registry:confirmLeft', { importId: report.id, teacherIds: [wang3], status: '離職' })).toEqual({ marked: 0, skipped: 1 });
  });

  it('confirms only for a landed roster', async () => {
    const history = await api.call('imports:history', { year: 113, kind: 'schools' });
    const result = await api.raw('registry:confirmLeft', { importId: history.rows[0]!.id, teacherIds: [1], status: '離職' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_A_ROSTER' } });
  });

  it('keeps stored values of columns the file does not have', async () => {
    const report = await run(writeSheet(store.dir, 'roster-names.xlsx', [['身分證字號', '姓名', '學校代碼'], [id(1), '王一', '196001']]));
    expect(report).toMatchObject({ read: 1, unchanged: 1, replaced: 0 });
    expect(await api.call('registry:teacher', { id: teacherIds.get('王一')! })).toMatchObject({ jobTitle: '教師兼主任', subjects: '國語' });
  });

  it('shows national IDs masked and reveals one only through its own channel', async () => {
    const tid = teacherIds.get('李四')!;
    const detail = await api.call('registry:teacher', { id: tid });
    expect(detail.maskedId).toBe(`${id(4).slice(0, 3)}****${id(4).slice(7)}`);
    expect(JSON.stringify(detail)).not.toContain(id(4));
    const school = await api.call('registry:school', { id: detail.schoolId });
    expect(JSON.stringify(school)).not.toMatch(/[A-Z][12]\d{8}/);
    expect(school.teachers).toMatchObject({ total: 2, active: 2 });
    expect(await api.call('registry:revealNationalId', { id: tid })).toEqual({ nationalId: id(4) });
    expect(await api.raw('registry:revealNationalId', { id: 999_999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
