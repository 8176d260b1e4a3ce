import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemo } from '../../db/demo/index.ts';
import { runCli } from '../../main/cli/run.ts';
import { apiOf } from '../helpers/importFiles.ts';
import { tempStore } from '../helpers/store.ts';
import { drawnText, expectSubsetFonts, FULL_ID, rosterIds } from './exportHelpers.ts';
import { pdfPages, rasterize } from './pdfTools.ts';

// Award lists (issue 8) from a stored award run of the small demo year: the PDF per authority with
// every deciding number, the parameters and the seal boxes; the workbook with its four sheets.

const store = tempStore();
const api = apiOf(store);
const HOSTILE_NAME = '=HYPERLINK("http://x","點我")';
let runId = 0;
beforeAll(() => {
  createDemo(store.sqlite, { scale: 'small', year: 113, seed: 8 });
  // A name that a spreadsheet would run as a formula, were it written as one.
  store.sqlite.prepare('UPDATE teachers SET name = ? WHERE id = (SELECT MIN(id) FROM teachers)').run(HOSTILE_NAME);
});
afterAll(() => store.cleanup());

const file = (name: string) => join(store.dir, name);
const figure = (n: number) => String(Number(n.toFixed(2)));

type Awarded = { name: string; masked_id: string; school: string; stage: string; hundredths: number; group_size: number; pr: number };

function awardedTeachers(authority: string): Awarded[] {
  return store.sqlite
    .prepare(
      `SELECT t.name, t.masked_id, s.name AS school, s.stage, t.hundredths, t.group_size, t.pr FROM award_run_teachers t
       JOIN award_run_schools s ON s.run_id = t.run_id AND s.seq = t.school_seq JOIN award_run_authorities a ON a.run_id = s.run_id AND a.seq = s.authority_seq
       WHERE t.run_id = ? AND a.authority = ? AND t.awarded = 1 ORDER BY t.seq`,
    )
    .all(runId, authority) as Awarded[];
}

describe('before any award run', () => {
  it('says to compute the awards first', async () => {
    for (const r of [
      await api.raw('exports:render', { form: 'award-list', year: 113, out: file('x.pdf') }),
      await api.raw('exports:awards', { year: 113, out: file('x.xlsx') }),
    ]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatchObject({ code: 'NO_RUN', message: expect.stringContaining('還沒有獎勵計算的紀錄') });
    }
  });
});

describe('獎勵名單 PDF (award-list)', () => {
  let average = 0;
  beforeAll(async () => {
    const run = await api.call('awards:run', { year: 113, task: 'award-export-test' });
    runId = run.id;
    average = run.nationalAverage!;
  });

  it('prints an authority’s result, its awarded schools and teachers with every deciding number, the parameters and the seal boxes', async () => {
    const out = file('taichung.pdf');
    const result = await api.call('exports:render', { form: 'award-list', year: 113, authority: '台中市', out });
    expect(result.instances).toBe(1);
    const pages = pdfPages(out);
    expect(pages).toBe(result.pages);
    expect(pages).toBeGreaterThan(1);
    const text = drawnText(out);
    for (const fixed of ['113學年度', '獎勵名單', '臺中市', '計算依據', `第${runId}次`, '全國平均研習時數', `${figure(average)}小時（依全部名單教師計算）`, 'PR≥70', '1小時／-0.5', '60.00%', '一、主管機關獎勵', '學校填報率', '二、獲獎學校', '三、獲獎教師', '身分證字號已遮蔽']) {
      expect(text).toContain(fixed);
    }
    const sha = store.sqlite.prepare('SELECT result_sha256 FROM award_runs WHERE id = ?').pluck().get(runId) as string;
    expect(text).toContain(sha);
    const teachers = awardedTeachers('臺中市');
    expect(teachers.length).toBeGreaterThan(0);
    teachers.forEach((t, i) => {
      // 序, 姓名, 身分證字號, 學校, 學制, 研習時數, 全國平均, 同組教師數, PR, 期限內送出 — one row.
      expect(text).toContain(`${i + 1}${t.name}${t.masked_id}${t.school}${t.stage}${figure(t.hundredths / 100)}${figure(average)}${t.group_size}${figure(t.pr)}是`);
    });
    const schools = store.sqlite
      .prepare(`SELECT s.code, s.name, s.average_hours, s.group_size, s.pr FROM award_run_schools s JOIN award_run_authorities a ON a.run_id = s.run_id AND a.seq = s.authority_seq WHERE s.run_id = ? AND a.authority = '臺中市' AND s.awarded = 1 ORDER BY s.seq`)
      .all(runId) as { code: string; name: string; average_hours: number; group_size: number; pr: number }[];
    for (const s of schools) expect(text).toContain(`${s.code}${s.name}`);
    expect(text).toContain(`${figure(schools[0]!.average_hours)}${figure(average)}${schools[0]!.group_size}${figure(schools[0]!.pr)}是`);
    // The seal boxes close the list, on its last page only.
    expect(drawnText(out, pages)).toContain('承辦人核章');
    expect(drawnText(out, pages)).toContain('單位主管核章');
    expect(drawnText(out, 1)).not.toContain('核章');
    expect(text).not.toMatch(FULL_ID);
    expectSubsetFonts(out);
    expect(rasterize(out, file('taichung'))).toHaveLength(pages);
  });

  it('prints every authority, combined or one file per authority, and a named run', async () => {
    const authorities = store.sqlite.prepare('SELECT authority FROM award_run_authorities WHERE run_id = ? ORDER BY seq').pluck().all(runId) as string[];
    const combined = await api.call('exports:batch', { form: 'award-list', year: 113, run: runId, layout: 'combined', out: file('all-awards.pdf') });
    expect(combined.instances).toBe(authorities.length);
    const folder = await api.call('exports:batch', { form: 'award-list', year: 113, layout: 'folder', out: file('awards-by-authority') });
    expect(readdirSync(file('awards-by-authority')).sort()).toEqual(authorities.map((a) => `獎勵名單_${a}.pdf`).sort());
    expect(folder.pages).toBe(combined.pages);
    const missing = await api.raw('exports:render', { form: 'award-list', year: 113, run: 999, out: file('x.pdf') });
    expect(!missing.ok && missing.error.message).toBe('找不到第 999 次獎勵計算的紀錄。');
  });
});

describe('獎勵名單 workbook (exports:awards, export awards)', () => {
  it('has the four sheets, every candidate with every deciding number, the parameters, no formula and no full ID', async () => {
    const out = file('awards.xlsx');
    const result = await api.call('exports:awards', { year: 113, out });
    const counts = store.sqlite.prepare('SELECT authorities, schools, teachers FROM award_runs WHERE id = ?').get(runId) as { authorities: number; schools: number; teachers: number };
    expect(result).toMatchObject({ path: out, run: runId, sheets: [{ name: '主管機關', rows: counts.authorities }, { name: '學校', rows: counts.schools }, { name: '教師', rows: counts.teachers }, { name: '參數' }] });
    const wb = XLSX.read(readFileSync(out), { cellFormula: true });
    expect(wb.SheetNames).toEqual(['主管機關', '學校', '教師', '參數']);
    const rows = (name: string) => XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name]!, { header: 1, defval: null });

    const teachers = rows('教師');
    expect(teachers[0]![0]).toBe(`113學年度　獎勵名單（第 ${runId} 次計算）`);
    expect(teachers[2]).toEqual(['序', '主管機關', '學校代碼', '學校名稱', '學制', '姓名', '身分證字號', '填報狀態', '最後送出時間', '期限內送出', '研習時數', '全國平均研習時數', '不低於全國平均', '同組教師數', 'PR', 'PR門檻', 'PR達門檻', '獲獎', '未獲獎原因']);
    expect(teachers).toHaveLength(3 + counts.teachers);
    const stored = store.sqlite.prepare('SELECT name, masked_id, hundredths, group_size, pr, awarded FROM award_run_teachers WHERE run_id = ? AND seq = 1').get(runId) as { name: string; masked_id: string; hundredths: number; group_size: number; pr: number; awarded: number };
    const average = store.sqlite.prepare('SELECT national_average FROM award_runs WHERE id = ?').pluck().get(runId) as number;
    expect(teachers[4]).toMatchObject({ 0: 2, 5: stored.name, 6: stored.masked_id, 10: stored.hundredths / 100, 11: average, 13: stored.group_size, 14: stored.pr, 15: 70, 17: stored.awarded ? '是' : '否' });
    const notAwarded = teachers.slice(3).filter((r) => r[17] === '否');
    expect(notAwarded.length).toBeGreaterThan(0);
    for (const r of notAwarded) expect(String(r[18])).toMatch(/未於填報期間內完成規劃並送出|研習時數未達全國平均|百分等級未達門檻/);
    expect(teachers.slice(3).every((r) => r[7] !== null && ['是', '否'].includes(String(r[9])))).toBe(true);

    const schools = rows('學校');
    expect(schools[2]).toContain('平均研習時數');
    expect(schools[2]).toContain('同組學校數');
    const authorities = rows('主管機關');
    expect(authorities[3]).toMatchObject({ 1: '臺中市', 5: 0.6 });
    const parameters = Object.fromEntries(rows('參數').slice(3).map((r) => [r[0], r[1]]));
    expect(parameters).toMatchObject({ 計算次別: `第 ${runId} 次`, 百分等級門檻: expect.stringContaining('PR ≥ 70'), '組距／組界起點': '1 小時／-0.5', '全國平均研習時數（數值）': figure(average) });

    // Text from data never became a formula; the hostile name is written as text.
    for (const name of wb.SheetNames) {
      const ws = wb.Sheets[name]!;
      for (const [ref, cell] of Object.entries(ws)) if (!ref.startsWith('!')) expect((cell as XLSX.CellObject).f).toBeUndefined();
    }
    expect(teachers.filter((r) => r[5] === `'${HOSTILE_NAME}`)).toHaveLength(1);
    const csv = wb.SheetNames.map((n) => XLSX.utils.sheet_to_csv(wb.Sheets[n]!)).join('\n');
    // No national ID in full anywhere in the file.
    expect(csv).not.toMatch(FULL_ID);
    const raw = readFileSync(out);
    for (const id of rosterIds(store.sqlite, 113)) expect(raw.includes(id)).toBe(false);
  });

  it('replaces its own earlier workbook but never another file, and refuses a damaged run', async () => {
    const out = file('awards.xlsx');
    await api.call('exports:awards', { year: 113, run: runId, out });
    writeFileSync(file('someone-else.xlsx'), 'not ours');
    const r = await api.raw('exports:awards', { year: 113, out: file('someone-else.xlsx') });
    expect(!r.ok && r.error.code).toBe('BAD_PATH');
    expect(readFileSync(file('someone-else.xlsx'), 'utf8')).toBe('not ours');

    store.sqlite.prepare('UPDATE award_run_teachers SET hundredths = hundredths + 100 WHERE run_id = ? AND seq = 0').run(runId);
    for (const damaged of [await api.raw('exports:awards', { year: 113, out }), await api.raw('exports:render', { form: 'award-list', year: 113, out: file('d.pdf') })]) {
      expect(!damaged.ok && damaged.error.code).toBe('RUN_DAMAGED');
    }
    store.sqlite.prepare('UPDATE award_run_teachers SET hundredths = hundredths - 100 WHERE run_id = ? AND seq = 0').run(runId);
  });

  it('is the CLI’s `export awards`, and `export progress` writes the filing progress', async () => {
    const lines: string[] = [];
    const cli = (...argv: string[]) => runCli(['--db', store.path, ...argv], { out: (t) => lines.push(t), err: (t) => lines.push(t) }, {});
    expect(await cli('export', 'awards', '--year', '113', '--out', file('cli-awards.xlsx'), '--run', String(runId))).toBe(0);
    expect(lines.at(-1)).toMatch(new RegExp(`^已輸出 .*cli-awards\\.xlsx（第 ${runId} 次計算；主管機關 \\d+ 列、學校 \\d+ 列、教師 \\d+ 列、參數 \\d+ 列；\\d+ KB）。$`));
    expect(XLSX.read(readFileSync(file('cli-awards.xlsx'))).SheetNames).toEqual(['主管機關', '學校', '教師', '參數']);

    expect(await cli('export', 'progress', '--year', '113', '--out', file('progress'))).toBe(0);
    const progress = await api.call('plans:progress', { year: 113 });
    const ws = XLSX.read(readFileSync(file('progress.xlsx'))).Sheets['填報進度']!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null });
    const taichung = progress.authorities.find((a) => a.authority === '臺中市')!;
    expect(rows.find((r) => r[0] === '臺中市' && r[1] === '全部')).toMatchObject({ 2: taichung.schools.total, 3: taichung.schools.onTime, 8: taichung.schoolRate, 9: taichung.teachers.total, 15: taichung.teacherRate });
    expect(rows.at(-1)).toMatchObject({ 0: '全國', 2: progress.schools.total, 9: progress.teachers.total });
    expect(await cli('export', 'awards', '--year', '113', '--out', file('x.xlsx'), '--run', 'abc')).toBe(1);
    expect(lines.at(-1)).toContain('--run 必須是獎勵計算的次別');
  });
});
