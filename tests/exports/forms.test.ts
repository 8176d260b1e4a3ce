import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemo } from '../../db/demo/index.ts';
import { dispatch } from '../../main/api/dispatch.ts';
import type { ExportResult } from '../../preload/contracts/exports.ts';
import { tempStore, testContext } from '../helpers/store.ts';
import { pdfFonts, pdfInfo, pdfPages, pdfText, rasterize } from './pdfTools.ts';

const store = tempStore();
const ctx = testContext(store);
beforeAll(() => createDemo(store.sqlite, { scale: 'small', year: 113, seed: 8 }));
afterAll(() => store.cleanup());

const file = (name: string) => join(store.dir, name);

async function exported(channel: 'exports:render' | 'exports:batch', input: Record<string, unknown>): Promise<ExportResult> {
  const r = await dispatch(channel, input, ctx, { checkOutput: true });
  if (!r.ok) throw new Error(r.error.message);
  return r.data as ExportResult;
}

async function refused(channel: 'exports:render' | 'exports:batch', input: Record<string, unknown>): Promise<{ code: string; message: string }> {
  const r = await dispatch(channel, input, ctx, { checkOutput: true });
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

/** Text without the line breaks and spaces pdftotext puts where our layout wrapped. */
const flat = (text: string) => text.replace(/\s+/g, '');

function expectSubsetFonts(path: string): void {
  const fonts = pdfFonts(path);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) {
    expect(font.name).toMatch(/^[A-Z]{6}\+NotoSansTC-(Regular|Bold)$/);
    expect(font).toMatchObject({ type: 'CID TrueType', encoding: 'Identity-H', embedded: true, subset: true, unicode: true });
  }
}

interface SchoolRow {
  code: string;
  name: string;
  principal_name: string;
  principal_phone: string;
  principal_email: string;
  contact_name: string;
  contact_title: string;
  contact_mobile: string;
  contact_email: string;
}

function schoolsOf(authority: string): SchoolRow[] {
  return store.sqlite
    .prepare('SELECT s.* FROM schools s JOIN authorities a ON a.id = s.authority_id WHERE a.name = ? AND s.year = 113 ORDER BY s.code')
    .all(authority) as SchoolRow[];
}

describe('學校基本資料表 (school-sheet)', () => {
  it('prints one page per school of an authority, filled in from the registry, with both seal boxes and the notes', async () => {
    const out = file('school-sheets.pdf');
    const schools = schoolsOf('臺中市');
    const result = await exported('exports:render', { form: 'school-sheet', year: 113, authority: '台中市政府教育局', out });
    expect(result).toMatchObject({ form: 'school-sheet', instances: schools.length, pages: schools.length, missingGlyphs: [] });
    expect(pdfPages(out)).toBe(schools.length);
    expect(pdfInfo(out)).toMatch(/Title:\s+113學年度 學校基本資料表 — 台中市政府教育局/);

    const first = schools[0]!;
    const text = flat(pdfText(out, 1));
    for (const value of [
      first.name, first.code, '臺中市', first.principal_name, first.principal_phone, first.principal_email,
      first.contact_name, first.contact_title, first.contact_mobile, first.contact_email,
    ]) {
      expect(text).toContain(flat(value));
    }
    for (const fixed of ['113學年度', '學校基本資料表', '學校名稱（全銜）', '校長基本資料', '聯絡人基本資料', '校長核章', '承辦人核章', '（請核職章）', '忘記帳號密碼者', 'inservice9@nknu.edu.tw', '第1頁，共1頁', '列印日期：']) {
      expect(text).toContain(fixed);
    }
    expect(flat(pdfText(out, schools.length))).toContain(flat(schools[schools.length - 1]!.name));
    expectSubsetFonts(out);
  });

  it('renders to page images (pdftoppm, 80 dpi)', async () => {
    const out = file('one-school.pdf');
    const school = schoolsOf('屏東縣')[0]!;
    await exported('exports:render', { form: 'school-sheet', year: 113, school: school.code, out });
    expect(pdfPages(out)).toBe(1);
    const [png] = rasterize(out, file('one-school'));
    expect(png).toBeDefined();
    expect(statSync(png!).size).toBeGreaterThan(20_000);
  });

  it('writes one file per school into a folder, each a complete PDF with its own subset', async () => {
    const folder = file('per-school');
    const schools = schoolsOf('屏東縣');
    const result = await exported('exports:batch', { form: 'school-sheet', year: 113, authority: '屏東縣', layout: 'folder', out: folder });
    expect(result.files).toHaveLength(schools.length);
    expect(readdirSync(folder).sort()).toEqual(schools.map((s) => `學校基本資料表_${s.code}_${s.name}.pdf`).sort());
    const second = join(folder, `學校基本資料表_${schools[1]!.code}_${schools[1]!.name}.pdf`);
    expect(pdfPages(second)).toBe(1);
    expect(flat(pdfText(second))).toContain(schools[1]!.principal_name);
    expectSubsetFonts(second);
    expect(readdirSync(folder).some((n) => n.endsWith('.tmp'))).toBe(false);
  });

  it('prints the whole year as one combined file and remembers the folder', async () => {
    const out = file('all');
    const result = await exported('exports:batch', { form: 'school-sheet', year: 113, layout: 'combined', out });
    const total = (store.sqlite.prepare('SELECT COUNT(*) AS n FROM schools WHERE year = 113').get() as { n: number }).n;
    expect(result.files[0]!.path).toBe(`${out}.pdf`);
    expect(pdfPages(`${out}.pdf`)).toBe(total);
    const forms = await dispatch('exports:forms', {}, ctx);
    expect(forms.ok && (forms.data as { lastFolder: string }).lastFolder).toBe(store.dir);
  });

  it('draws a character the font lacks as 〓 and reports it', async () => {
    const code = schoolsOf('屏東縣')[0]!.code;
    store.sqlite.prepare("UPDATE schools SET principal_name = '王\u{F0001}明' WHERE code = ? AND year = 113").run(code);
    const out = file('missing.pdf');
    const result = await exported('exports:render', { form: 'school-sheet', year: 113, school: code, out });
    expect(result.missingGlyphs).toEqual(['\u{F0001}']);
    expect(flat(pdfText(out))).toContain('王〓明');
  });

  it('keeps a very long school name inside its box', async () => {
    const code = schoolsOf('屏東縣')[1]!.code;
    const long = '屏東縣立'.padEnd(60, '長名稱國民小學附設幼兒園暨特殊教育班');
    store.sqlite.prepare('UPDATE schools SET name = ? WHERE code = ? AND year = 113').run(long, code);
    const out = file('long.pdf');
    await exported('exports:render', { form: 'school-sheet', year: 113, school: code, out });
    expect(flat(pdfText(out))).toContain(long.slice(0, 20));
    expect(rasterize(out, file('long'))).toHaveLength(1);
  });
});

describe('承辦人資料表 (contact-sheet)', () => {
  it('prints a sheet per contact person with the unit head and the 單位主管核章 box', async () => {
    const out = file('contacts.pdf');
    const contacts = store.sqlite
      .prepare('SELECT c.*, a.name AS authority FROM authority_contacts c JOIN authorities a ON a.id = c.authority_id WHERE a.year = 113 ORDER BY a.sort_order, c.id')
      .all() as { authority: string; name: string; title: string; phone: string; fax: string; email: string; head_name: string; head_email: string }[];
    const result = await exported('exports:render', { form: 'contact-sheet', year: 113, out });
    expect(result.pages).toBe(contacts.length);
    expect(pdfPages(out)).toBe(contacts.length);
    const text = flat(pdfText(out, 1));
    const c = contacts[0]!;
    for (const value of [c.name, c.title, c.phone, c.fax, c.email, c.head_name, c.head_email]) expect(text).toContain(flat(value));
    for (const fixed of ['承辦人資料表', '所屬縣市：', '單位名稱：', '承辦人姓名', '傳真號碼', '單位主管姓名', '單位主管核章', '*注意', '俾利相關業務聯繫']) {
      expect(text).toContain(fixed);
    }
    expectSubsetFonts(out);
    expect(rasterize(out, file('contacts'), { first: 1, last: 1 })).toHaveLength(1);
  });

  it('gives an authority without a contact person a sheet to collect one, named for its bureau', async () => {
    store.sqlite.prepare("DELETE FROM authority_contacts WHERE authority_id = (SELECT id FROM authorities WHERE year = 113 AND name = '臺中市')").run();
    const out = file('blank-contact.pdf');
    const result = await exported('exports:render', { form: 'contact-sheet', year: 113, authority: '臺中市', out });
    expect(result.pages).toBe(1);
    const text = flat(pdfText(out));
    expect(text).toContain('臺中市政府教育局');
    expect(text).toContain('承辦人姓名');
  });
});

describe('refusals, in Chinese', () => {
  it('names the forms when the form is unknown', async () => {
    const e = await refused('exports:render', { form: 'awards', year: 113, out: file('x.pdf') });
    expect(e.code).toBe('UNKNOWN_FORM');
    expect(e.message).toContain('school-sheet（學校基本資料表）');
  });

  it('lists every form of the issue as ready to print', async () => {
    const r = await dispatch('exports:forms', {}, ctx, { checkOutput: true });
    const forms = r.ok ? (r.data as { forms: { id: string; available: boolean }[] }).forms : [];
    expect(forms.map((f) => [f.id, f.available])).toEqual(
      ['teacher-plan', 'school-plan', 'award-list', 'contact-sheet', 'school-sheet', 'reminders', 'stats-report'].map((id) => [id, true]),
    );
  });

  it('refuses a filter the form does not take, and scopes that match nothing', async () => {
    expect((await refused('exports:render', { form: 'contact-sheet', year: 113, school: '123', out: file('x.pdf') })).code).toBe('BAD_FILTER');
    expect((await refused('exports:render', { form: 'school-sheet', year: 113, school: '999999', out: file('x.pdf') })).message).toContain('找不到代碼為「999999」的學校');
    expect((await refused('exports:render', { form: 'school-sheet', year: 113, authority: '火星市', out: file('x.pdf') })).message).toContain('找不到主管機關「火星市」');
    expect((await refused('exports:render', { form: 'school-sheet', year: 99, out: file('x.pdf') })).message).toContain('99 學年度還沒有主管機關資料');
    expect((await refused('exports:render', { form: 'school-sheet', year: 113, out: join(store.dir, 'no-such-dir', 'x.pdf') })).message).toContain('no-such-dir」不存在');
  });
});
