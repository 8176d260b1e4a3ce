import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemo } from '../../db/demo/index.ts';
import { readPlanDetail } from '../../db/queries/planDetail.ts';
import { formatRocDateTime } from '../../main/engine/rocDate.ts';
import type { PlanDetail } from '../../preload/contracts/plans.ts';
import { apiOf } from '../helpers/importFiles.ts';
import { tempStore } from '../helpers/store.ts';
import { drawnText, expectSubsetFonts, flat, FULL_ID } from './exportHelpers.ts';
import { pdfImages, pdfPages, pdfText, rasterize } from './pdfTools.ts';

// The two plan records (issue 8, seed 002): a teacher's 教師自我專業進修規劃記錄 and a school's 學校本位
// 教師進修研習規劃記錄, printed from the small demo year and read back with poppler.

const store = tempStore();
const api = apiOf(store);
beforeAll(() => createDemo(store.sqlite, { scale: 'small', year: 113, seed: 8 }));
afterAll(() => store.cleanup());

const file = (name: string) => join(store.dir, name);

function submittedTeacher(): { nationalId: string; detail: PlanDetail } {
  const row = store.sqlite
    .prepare(`SELECT p.id, t.national_id FROM teacher_plans p JOIN teachers t ON t.id = p.teacher_id WHERE p.year = 113 AND p.filing = 'onTime' ORDER BY p.id LIMIT 1`)
    .get() as { id: number; national_id: string };
  return { nationalId: row.national_id, detail: readPlanDetail(store.sqlite, 'teacher', row.id) as PlanDetail };
}

const hoursText = (h: number) => (Number.isInteger(h) ? String(h) : h.toFixed(2).replace(/0$/, ''));

describe('教師自我專業進修規劃記錄 (teacher-plan)', () => {
  it('prints one teacher’s record: basic data, ranked needs, the domain pie with its shares, every item, status and submission', async () => {
    const { nationalId, detail } = submittedTeacher();
    const out = file('teacher.pdf');
    const result = await api.call('exports:render', { form: 'teacher-plan', year: 113, teacher: nationalId.toLowerCase(), out });
    expect(result).toMatchObject({ form: 'teacher-plan', instances: 1, missingGlyphs: [] });
    expect(pdfPages(out)).toBe(result.pages);
    const text = drawnText(out);
    const t = detail.teacher!;
    for (const fixed of ['113學年度', '教師自我專業進修規劃記錄', '一、基本資料', '填報學校', '填報人', '最高學歷', '服務年資', '學校階段', '任教年級', '二、進修需求', '三、研習主題規劃', '研習主題規劃比例圖', '規劃分配比率', '合計']) {
      expect(text).toContain(fixed);
    }
    for (const value of [detail.school, detail.schoolCode, t.name, t.maskedId, t.education!, t.serviceYears!, t.grade!, detail.needs.level!, detail.needs.method!]) {
      expect(text).toContain(flat(value));
    }
    // Needs with their ranks, in the teacher's order.
    expect(text).toContain(flat(`1. ${detail.needs.modes[0]}　2. ${detail.needs.modes[1]}`));
    expect(text).toContain(flat(`1. ${detail.needs.times[0]}`));
    // Status and the last submission.
    expect(text).toContain('送出（期限內送出）');
    expect(text).toContain(flat(formatRocDateTime(detail.lastSubmittedAt!)));
    // The roll-up: every item with hours, and the total, equal to what was entered.
    const entered = store.sqlite.prepare('SELECT SUM(hundredths) FROM teacher_plan_hours WHERE plan_id = ?').pluck().get(detail.id) as number;
    expect(detail.hours.total).toBe(entered / 100);
    for (const d of detail.hours.domains) expect(text).toContain(flat(`${d.code}. ${d.name}${hoursText(d.hours)}`));
    for (const x of detail.hours.details) expect(text).toContain(flat(`${x.code}${x.name}${hoursText(x.hours)}`));
    expect(text).toContain(flat(`合計${hoursText(detail.hours.total)}`));
    // The national ID only masked.
    expect(text).not.toMatch(FULL_ID);
    expect(text).not.toContain(nationalId);
    // The pie chart is an image on page 1, sharp enough for paper (about 220 dpi at 9 cm).
    const [pie] = pdfImages(out);
    expect(pie!.width).toBeGreaterThanOrEqual(800);
    expect(flat(pdfText(out, 1))).toContain('研習主題規劃比例圖');
    expectSubsetFonts(out);
    const [png] = rasterize(out, file('teacher'), { first: 1, last: 1 });
    expect(statSync(png!).size).toBeGreaterThan(40_000);
  });

  it('prints a school’s teachers as one file, or one file per teacher in a folder', async () => {
    const code = store.sqlite
      .prepare(`SELECT s.code FROM teacher_plans p JOIN schools s ON s.id = p.school_id WHERE p.year = 113 AND p.status IS NOT NULL GROUP BY s.code HAVING COUNT(*) >= 3 ORDER BY COUNT(*), s.code LIMIT 1`)
      .pluck()
      .get() as string;
    const names = store.sqlite
      .prepare(`SELECT t.name FROM teacher_plans p JOIN teachers t ON t.id = p.teacher_id JOIN schools s ON s.id = t.school_id WHERE s.code = ? AND p.year = 113 AND p.status IS NOT NULL ORDER BY t.name, t.id`)
      .pluck()
      .all(code) as string[];
    const combined = await api.call('exports:batch', { form: 'teacher-plan', year: 113, school: code, layout: 'combined', out: file('school-teachers.pdf') });
    expect(combined.instances).toBe(names.length);
    expect(pdfPages(file('school-teachers.pdf'))).toBe(combined.pages);
    expect(flat(pdfText(file('school-teachers.pdf')))).toContain(names[names.length - 1]!);
    // Each record is numbered on its own: a two-page record says 第 2 頁，共 2 頁.
    expect(flat(pdfText(file('school-teachers.pdf'), 2))).toMatch(/第2頁，共2頁|第1頁，共1頁/);

    const folder = await api.call('exports:batch', { form: 'teacher-plan', year: 113, school: code, layout: 'folder', out: file('per-teacher') });
    expect(folder.files).toHaveLength(names.length);
    const listed = readdirSync(file('per-teacher'));
    expect(listed).toHaveLength(names.length);
    expect(listed.every((n) => n.startsWith(`教師自我專業進修規劃記錄_${code}_`) && n.endsWith('.pdf'))).toBe(true);
    expectSubsetFonts(folder.files[0]!.path);
  });

  it('says which plans it could not find, without echoing the full ID', async () => {
    const none = store.sqlite
      .prepare(`SELECT t.national_id FROM teachers t JOIN schools s ON s.id = t.school_id LEFT JOIN teacher_plans p ON p.teacher_id = t.id WHERE s.year = 113 AND p.id IS NULL LIMIT 1`)
      .pluck()
      .get() as string;
    const r = await api.raw('exports:render', { form: 'teacher-plan', year: 113, teacher: none, out: file('none.pdf') });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('NOT_FOUND');
      expect(r.error.message).toContain(`${none.slice(0, 3)}****${none.slice(-3)}`);
      expect(r.error.message).not.toContain(none);
    }
  });

  it('lists hours the classification cannot place under the table, outside the total', async () => {
    const { nationalId, detail } = submittedTeacher();
    store.sqlite.prepare("INSERT INTO teacher_plan_hours (plan_id, code, hundredths) VALUES (?, '9-9-9', 250)").run(detail.id);
    const out = file('unplaced.pdf');
    await api.call('exports:render', { form: 'teacher-plan', year: 113, teacher: nationalId, out });
    const text = drawnText(out);
    expect(text).toContain('無法依本學年度的課程分類歸類，共2.5小時，未計入合計');
    expect(text).toContain(flat(`合計${hoursText(detail.hours.total)}`));
    store.sqlite.prepare("DELETE FROM teacher_plan_hours WHERE plan_id = ? AND code = '9-9-9'").run(detail.id);
  });
});

describe('學校本位教師進修研習規劃記錄 (school-plan)', () => {
  it('prints each school plan of an authority with school data, needs, the pie and the 承辦人／校長 seal boxes', async () => {
    const out = file('school-plans.pdf');
    const plans = store.sqlite
      .prepare(`SELECT p.id FROM school_plans p JOIN schools s ON s.id = p.school_id JOIN authorities a ON a.id = s.authority_id WHERE a.name = '臺中市' AND p.year = 113 AND p.status IS NOT NULL ORDER BY s.code`)
      .pluck()
      .all() as number[];
    const result = await api.call('exports:render', { form: 'school-plan', year: 113, authority: '臺中市', out });
    expect(result.instances).toBe(plans.length);
    expect(pdfPages(out)).toBe(result.pages);
    const first = readPlanDetail(store.sqlite, 'school', plans[0]!) as PlanDetail;
    const contact = store.sqlite.prepare('SELECT contact_name, principal_name FROM schools WHERE year = 113 AND code = ?').get(first.schoolCode) as { contact_name: string; principal_name: string };
    // The first school's record, up to its seal boxes (the next record starts on a new page).
    const pages = Array.from({ length: result.pages }, (_, i) => drawnText(out, i + 1));
    const end = pages.findIndex((p) => p.includes('校長核章'));
    const record = pages.slice(0, end + 1).join('');
    for (const fixed of ['學校本位教師進修研習規劃記錄', '一、學校基本資料', '學生數', '在職教師數', '二、學校教師研習需求', '研習主題規劃比例圖', '規劃分配比率', '承辦人核章', '校長核章', '（請核職章）']) {
      expect(record).toContain(fixed);
    }
    for (const value of [first.school, first.schoolCode, first.stage, first.students!.toLocaleString('zh-TW'), contact.contact_name, contact.principal_name, first.needs.level!]) {
      expect(record).toContain(flat(value));
    }
    expect(record).toContain(flat(`合計${hoursText(first.hours.total)}`));
    expect(pdfImages(out).length).toBeGreaterThanOrEqual(1);
    expectSubsetFonts(out);
    expect(rasterize(out, file('school-plan'), { first: 1, last: 2 })).toHaveLength(2);
  });
});
