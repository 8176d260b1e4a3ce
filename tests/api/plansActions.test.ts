import { userInfo } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiOf } from '../helpers/importFiles.ts';
import { planWorld, TEACHER_PLAN_HEADER, TEACHERS, teacherPlanRow, writeBook } from '../helpers/planWorld.ts';
import { tempStore } from '../helpers/store.ts';

// The officer's two actions: 退回修改 (a reason is required; the plan stops counting as filed) and
// 標記已審閱 (lapses when the plan is submitted again). Both land in the history with the operating
// system's user as the actor, in one transaction with the re-derived plan row.

const store = tempStore();
const api = apiOf(store);
afterAll(() => store.cleanup());
const actor = userInfo().username;

const importPlans = (name: string, rows: unknown[][]) =>
  api.call('imports:run', { task: name, kind: 'teacher-plans', path: writeBook(store.dir, name, { 教師規劃: [TEACHER_PLAN_HEADER, ...rows], 教師規劃時數: [['身分證字號', '課程類別', '規劃時數']] }), year: 113 });

/** Tomorrow 10:00 as an ROC date: after anything the officer did in this test. */
function rocTomorrow(): string {
  const d = new Date(Date.now() + 86_400_000);
  return `${d.getFullYear() - 1911}/${d.getMonth() + 1}/${d.getDate()} 10:00`;
}

async function planOf(n: number) {
  const list = await api.call('plans:teachers', { year: 113, filter: { q: TEACHERS[n - 1]!.name } });
  return list.rows.find((r) => r.name === TEACHERS[n - 1]!.name)!;
}

beforeAll(async () => {
  await planWorld(store, api);
  await importPlans('first.xlsx', [teacherPlanRow(1, '送出', '113/09/20 10:00'), teacherPlanRow(2, '送出', '113/09/21 10:00'), teacherPlanRow(3, '暫存', null)]);
});

describe('退回修改', () => {
  it('needs a reason', async () => {
    const plan = await planOf(1);
    const result = await api.raw('plans:return', { kind: 'teacher', id: plan.planId!, reason: '   ' });
    expect(result).toEqual({ ok: false, error: { code: 'REASON_REQUIRED', message: '退回修改必須填寫原因，讓學校或教師知道要修正什麼。' } });
    expect((await planOf(1)).filing).toBe('onTime');
  });

  it('is recorded with who, when and why, and the plan no longer counts as filed', async () => {
    const before = await api.call('plans:status', { year: 113, authority: '屏東縣' });
    const plan = await planOf(1);
    const started = Date.now();
    const detail = await api.call('plans:return', { kind: 'teacher', id: plan.planId!, reason: '時數規劃不足，請補充' });
    expect(detail).toMatchObject({ status: '退回修改', filing: 'returned', canReturn: false, canReview: false });
    const last = detail.history.at(-1)!;
    expect(last).toMatchObject({ action: '退回修改', actor, reason: '時數規劃不足，請補充', source: '本系統' });
    expect(Math.abs(Date.parse(last.at) - started)).toBeLessThan(5_000);
    const after = await api.call('plans:status', { year: 113, authority: '屏東縣' });
    expect(after.authorities[0]!.teachers.onTime).toBe(before.authorities[0]!.teachers.onTime - 1);
    expect(after.authorities[0]!.teachers.returned).toBe(before.authorities[0]!.teachers.returned + 1);
  });

  it('is refused for a plan that is not submitted', async () => {
    const draft = await planOf(3);
    const result = await api.raw('plans:return', { kind: 'teacher', id: draft.planId!, reason: '測試' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_SUBMITTED', message: '只有已送出的規劃可以退回；這份規劃目前為「暫存」。' } });
    const returned = await planOf(1);
    expect(await api.raw('plans:return', { kind: 'teacher', id: returned.planId!, reason: '再退一次' })).toMatchObject({ ok: false, error: { code: 'NOT_SUBMITTED' } });
  });

  it('stands when an older file with the earlier submission is imported again; a new submission ends it', async () => {
    const again = await importPlans('again.xlsx', [teacherPlanRow(1, '送出', '113/09/20 10:00')]);
    const notes = await api.call('imports:rejections', { id: again.id, page: { offset: 0, limit: 50 } });
    expect(notes.rows[0]?.reason).toBe('已匯入，但檔案的狀態為「送出」，狀態紀錄顯示目前為「退回修改」，以狀態紀錄為準');
    expect((await planOf(1)).filing).toBe('returned');
    // The return was recorded now, so only a submission after it ends it (and that is late for 113).
    await importPlans('resubmitted.xlsx', [teacherPlanRow(1, '送出', rocTomorrow())]);
    expect(await planOf(1)).toMatchObject({ status: '送出', filing: 'outsideWindow' });
  });
});

describe('標記已審閱', () => {
  it('is recorded, refused a second time, and lapses when the plan is submitted again', async () => {
    const plan = await planOf(2);
    const detail = await api.call('plans:review', { kind: 'teacher', id: plan.planId! });
    expect(detail).toMatchObject({ status: '送出', filing: 'onTime', canReview: false, canReturn: true });
    expect(detail.reviewedAt).not.toBeNull();
    expect(detail.history.at(-1)).toMatchObject({ action: '已審閱', actor, source: '本系統', reason: null });
    expect((await planOf(2)).reviewedAt).toBe(detail.reviewedAt);
    expect(await api.raw('plans:review', { kind: 'teacher', id: plan.planId! })).toMatchObject({ ok: false, error: { code: 'ALREADY_REVIEWED' } });
    // The review was recorded now: a submission after it makes it lapse.
    await importPlans('later.xlsx', [teacherPlanRow(2, '送出', rocTomorrow())]);
    const after = await planOf(2);
    expect(after.reviewedAt).toBeNull();
    expect(after.filing).toBe('outsideWindow');
  });

  it('answers NOT_FOUND for a plan that does not exist', async () => {
    expect(await api.raw('plans:detail', { kind: 'school', id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
