import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemo } from '../../db/demo/index.ts';
import { runCli } from '../../main/cli/run.ts';
import { STATS_SHEETS } from '../../main/exports/statsWorkbook.ts';
import { apiOf } from '../helpers/importFiles.ts';
import { tempStore } from '../helpers/store.ts';
import { pdfPages, pdfText } from './pdfTools.ts';

// The statistics as files, on the small demo (113, with 112 as the year before): the report PDF
// (text, pages, a page rendered), the workbook read back, a chart PNG, and the command line.

const store = tempStore();
const api = apiOf(store);
const file = (name: string) => join(store.dir, name);
afterAll(() => store.cleanup());
beforeAll(() => {
  createDemo(store.sqlite, { scale: 'small', year: 112 });
  createDemo(store.sqlite, { scale: 'small', year: 113 });
});

const pct = (r: number | null) => (r === null ? '—' : `${(Math.round(r * 1000) / 10).toFixed(1)}%`);

describe('the achievement dashboard agrees with the achievement area', () => {
  it('sums per school in SQL to the same figures the engine gives teacher by teacher', async () => {
    const stats = await api.call('stats:achievement', { year: 113 });
    const summary = await api.call('achievement:summary', { year: 113 });
    expect(stats.total.teacherPlans).toBe(summary.nation.teacherPlans);
    expect(stats.total.teacherRate.achieved).toBeCloseTo(summary.nation.teacherRate.achieved, 6);
    expect(stats.total.teacherRate.rate!).toBeCloseTo(summary.nation.teacherRate.rate!, 12);
    expect(stats.total.schoolRate.rate!).toBeCloseTo(summary.nation.schoolRate.rate!, 12);
    for (const a of summary.authorities) {
      const mine = stats.byAuthority.find((r) => r.authority === a.authority)!;
      expect(mine.teacherRate.planned).toBeCloseTo(a.teacherRate.planned, 6);
      expect(mine.schoolRate.achieved).toBeCloseTo(a.schoolRate.achieved, 6);
      expect(mine.teacherRate.domains.map((d) => d.achieved)).toEqual(a.teacherRate.domains.slice(0, 6).map((d) => d.achieved));
    }
    const stage = await api.call('stats:achievement', { year: 113, stage: '國小' });
    expect(stage.total.teacherRate.rate!).toBeCloseTo(summary.stages.find((s) => s.stage === '國小')!.teacherRate.rate!, 12);
  });
});

describe('statistics report PDF', () => {
  it('prints every section with the numbers of the dashboards', async () => {
    const out = file('stats.pdf');
    const result = await api.call('exports:render', { form: 'stats-report', year: 113, out });
    expect(result.missingGlyphs).toEqual([]);
    const pages = pdfPages(out);
    expect(pages).toBeGreaterThanOrEqual(6);
    const text = pdfText(out).replace(/\s+/g, ' ');
    for (const heading of ['113學年度 統計報告', '一、填報情形', '二、研習需求', '三、規劃時數', '四、規劃達成率', '五、歷年參與', '六、滿意度問卷']) expect(text).toContain(heading);
    const filing = await api.call('stats:filing', { year: 113 });
    const tc = filing.byAuthority.find((a) => a.authority === '臺中市')!;
    expect(text).toContain(`臺中市 ${tc.schools.expected} ${tc.schools.onTime} ${pct(tc.schools.onTimeRate)}`);
    expect(text).toContain(`年度比較：112 學年度`);
    const survey = await api.call('stats:survey', { year: 113 });
    expect(survey.respondents.total).toBeGreaterThan(0);
    expect(text).toContain(`填答 ${survey.respondents.total} 人`);
    expect(text).toContain('3,274'); // 102 學年度's schools, from seed 001
    expect(text).not.toMatch(/[A-Z][12]\d{8}/);
    execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', out, file('page')]);
    expect(statSync(file('page-1.png')).size).toBeGreaterThan(10_000);
  }, 180_000);

  it('narrows to one authority', async () => {
    const out = file('stats-tc.pdf');
    await api.call('exports:render', { form: 'stats-report', year: 113, authority: '台中市', out });
    const text = pdfText(out, 1).replace(/\s+/g, ' ');
    expect(text).toContain('臺中市');
    expect(text).not.toContain('屏東縣');
  }, 180_000);
});

describe('stats:exportXlsx', () => {
  it('writes every table behind the charts; the numbers read back', async () => {
    const out = file('stats.xlsx');
    const r = await api.call('stats:exportXlsx', { year: 113, path: out });
    expect(r.path).toBe(out);
    expect(r.sheets.map((s) => s.name)).toEqual([...STATS_SHEETS]);
    const wb = XLSX.read(readFileSync(out));
    const rows = (name: string) => XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name]!, { header: 1, defval: null });
    const filing = await api.call('stats:filing', { year: 113 });
    const total = rows('填報率-主管機關').find((row) => row[0] === '合計')!;
    expect(total.slice(1, 4)).toEqual([filing.total.schools.expected, filing.total.schools.filed, filing.total.schools.onTime]);
    expect(total[9]).toBeCloseTo(filing.total.schools.onTimeRate!, 12);
    const needs = await api.call('stats:needs', { year: 113 });
    const first = needs.teacher.dimensions[0]!.options[0]!;
    expect(rows('研習需求').find((row) => row[0] === '教師規劃' && row[2] === first.option)!.slice(3, 6)).toEqual(first.rankCounts);
    expect(rows('歷年參與').slice(3).map((row) => row[0])).toEqual([99, 100, 101, 102, 103, 105, 112, 113]);
    expect(rows('填報率-前一學年度')[0]![0]).toContain('112 學年度');
    const texts = rows('滿意度-文字意見').slice(3);
    expect(texts.length).toBe((await api.call('stats:survey', { year: 113 })).texts.total);
    // Our own workbook may be replaced; a file of someone else's may not.
    expect((await api.call('stats:exportXlsx', { year: 113, path: out })).path).toBe(out);
    const foreign = file('other.xlsx');
    writeFileSync(foreign, 'not ours');
    const refused = await api.raw('stats:exportXlsx', { year: 113, path: foreign });
    expect(refused.ok).toBe(false);
    expect(readFileSync(foreign, 'utf8')).toBe('not ours');
    expect((await api.call('stats:exportXlsx', { year: 113 })).path).toBeNull();
  }, 120_000);
});

describe('stats:chartPng', () => {
  it('saves a chart as a signed PNG, and will replace only its own', async () => {
    const out = file('needs.png');
    const r = await api.call('stats:chartPng', { chart: 'needs-time', year: 113, path: out });
    expect(r.path).toBe(out);
    const png = readFileSync(out);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(r.width);
    expect(png.includes(Buffer.from('inservice-admin statistics chart'))).toBe(true);
    expect((await api.call('stats:chartPng', { chart: 'participation', year: 113, path: out })).path).toBe(out);
    const foreign = file('photo.png');
    writeFileSync(foreign, png.subarray(0, 8));
    expect((await api.raw('stats:chartPng', { chart: 'survey', year: 113, path: foreign })).ok).toBe(false);
    expect((await api.raw('stats:chartPng', { chart: 'survey', year: 113, path: 'relative.png' })).ok).toBe(false);
    expect(existsSync(join(store.dir, 'relative.png'))).toBe(false);
  }, 120_000);
});

describe('stats command', () => {
  const cli = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['--db', join(store.dir, 'test.db'), ...argv], { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('prints filing rates, needs and planned hours; --json gives the channels’ answers', async () => {
    const json = await cli('stats', '--year', '113', '--authority', '台中市', '--json');
    expect(json).toMatchObject({ code: 0, err: '' });
    const parsed = JSON.parse(json.out);
    expect(parsed.authority).toBe('臺中市');
    expect(parsed.filing).toEqual(await api.call('stats:filing', { year: 113, authority: '臺中市' }));
    expect(parsed.plannedHours.teacher.domains).toHaveLength(6);
    const text = await cli('stats', '--year', '113');
    expect(text.code).toBe(0);
    expect(text.out).toContain('113 學年度統計');
    expect(text.out).toContain('加權：第1順位 6 分');
    expect(text.out).toContain('1 課程、教學及評量');
    const bad = await cli('stats', '--year', '113', '--authority', '火星市');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('火星市');
  });

  it('exports the report PDF', async () => {
    const out = file('cli.pdf');
    const r = await cli('export', 'pdf', 'stats-report', '--year', '113', '--out', out);
    expect(r.code).toBe(0);
    expect(pdfText(out, 1)).toContain('統計報告');
  }, 180_000);
});
