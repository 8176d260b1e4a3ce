import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemo } from '../../db/demo/index.ts';
import { allReminders } from '../../db/queries/planReminders.ts';
import { FILING_STATUS_LABELS } from '../../main/engine/planFiling.ts';
import { toTaipeiInstant } from '../../main/engine/rocDate.ts';
import { apiOf } from '../helpers/importFiles.ts';
import { tempStore } from '../helpers/store.ts';
import { drawnText, expectSubsetFonts, FULL_ID } from './exportHelpers.ts';
import { pdfPages, rasterize } from './pdfTools.ts';

// 未完成規劃聯絡單 (issue 8): per authority, the schools and teachers without an on-time plan, with
// whom to call at each school — the 催覆 list of plans:reminders, printed with seal boxes.

const store = tempStore();
const api = apiOf(store);
beforeAll(() => createDemo(store.sqlite, { scale: 'small', year: 113, seed: 8 }));
afterAll(() => store.cleanup());

const file = (name: string) => join(store.dir, name);
const NO_FILTER = { stage: null, windowState: null, filing: null } as const;
const reminders = (kind: 'school' | 'teacher', authority: string) =>
  allReminders(store.sqlite, { year: 113, kind, filter: { authority, ...NO_FILTER }, at: toTaipeiInstant(new Date()) });

describe('未完成規劃聯絡單 (reminders)', () => {
  it('lists an authority’s schools and teachers to chase with the school’s contact person, phones, e-mail and status', async () => {
    const out = file('taichung.pdf');
    const result = await api.call('exports:render', { form: 'reminders', year: 113, authority: '臺中市', out });
    expect(result.instances).toBe(1);
    const pages = pdfPages(out);
    const text = drawnText(out);
    const schools = reminders('school', '臺中市');
    const teachers = reminders('teacher', '臺中市');
    expect(schools.length).toBeGreaterThan(0);
    expect(teachers.length).toBeGreaterThan(0);
    for (const fixed of ['113學年度', '未完成規劃聯絡單', '臺中市', '學校規劃填報期間', '教師規劃填報期間', '（已截止）', `學校${schools.length}校；教師${teachers.length}人`, '一、學校規劃尚未於期限內送出', '二、教師規劃尚未於期限內送出']) {
      expect(text).toContain(fixed);
    }
    schools.forEach((s, i) => {
      expect(text).toContain(`${i + 1}${s.schoolCode}${s.school}${s.stage}${FILING_STATUS_LABELS[s.filing]}${s.contactName}（${s.contactTitle}）${s.contactPhone}${s.contactMobile}${s.contactEmail}`);
    });
    for (const t of teachers) expect(text).toContain(t.teacher!);
    const first = teachers[0]!;
    expect(text).toContain(`${first.schoolCode}${first.school}`);
    expect(text).toContain(`${FILING_STATUS_LABELS[first.filing]}：${first.teacher}`);
    expect(drawnText(out, pages)).toContain('承辦人核章');
    expect(drawnText(out, pages)).toContain('單位主管核章');
    expect(text).not.toMatch(FULL_ID);
    expectSubsetFonts(out);
    expect(rasterize(out, file('taichung'))).toHaveLength(pages);
  });

  it('narrows to one school, and writes one file per authority in a folder', async () => {
    const school = reminders('teacher', '臺中市')[0]!;
    const out = file('one-school.pdf');
    await api.call('exports:render', { form: 'reminders', year: 113, school: school.schoolCode, out });
    const text = drawnText(out);
    expect(text).toContain(school.school);
    const others = reminders('teacher', '臺中市').filter((t) => t.schoolCode !== school.schoolCode);
    for (const t of others) expect(text).not.toContain(`${t.schoolCode}${t.school}`);

    const authorities = store.sqlite.prepare('SELECT name FROM authorities WHERE year = 113').pluck().all() as string[];
    await api.call('exports:batch', { form: 'reminders', year: 113, layout: 'folder', out: file('reminders') });
    expect(readdirSync(file('reminders')).sort()).toEqual(authorities.map((a) => `未完成規劃聯絡單_${a}.pdf`).sort());
    const wrong = await api.raw('exports:render', { form: 'reminders', year: 113, school: '999999', out: file('x.pdf') });
    expect(!wrong.ok && wrong.error.message).toContain('找不到代碼為「999999」的學校');
  });
});
