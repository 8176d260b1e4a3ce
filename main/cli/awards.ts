import { randomUUID } from 'node:crypto';
import type { Output } from '../../preload/contract.ts';
import type { AchievementOut } from '../../preload/contracts/achievement.ts';
import { AWARD_REASON_LABELS } from '../engine/awards.ts';
import { CliError, type CliCommand } from './types.ts';
import { yearOption } from './yearOption.ts';

// Awards and achievement rates from the command line (issue 7). `awards --json` prints the run's
// result exactly as the engine made it (numbers unrounded); every run is stored, like a run in the
// window, and its JSON can be exported again byte for byte.

function numberOption(value: string | boolean | undefined, name: string): number | undefined {
  if (value === undefined || value === false) return undefined;
  const n = Number(value);
  if (value === true || String(value).trim() === '' || !Number.isFinite(n)) throw new CliError(`選項 --${name} 必須是數字，收到「${String(value)}」。`);
  return n;
}

const percent = (rate: number | null): string => (rate === null ? '—' : `${(rate * 100).toFixed(2)}%`);
const hours = (h: number | null): string => (h === null ? '—' : `${Number(h.toFixed(2))} 小時`);
const rateText = (a: AchievementOut | null): string => (a === null ? '無規劃' : `達成率 ${percent(a.rate)}（規劃 ${a.planned}、實際 ${a.actual}、達成 ${a.achieved} 小時）`);

function runText(run: Output<'awards:run'>, authorities: Output<'awards:get'>['authorities']): string[] {
  const p = run.parameters;
  const source = p.nationalAverageSource === 'computed' ? '依全部名單教師計算' : '全國推廣中心提供';
  return [
    `${run.year} 學年度獎勵計算（第 ${run.id} 次，已儲存）`,
    `參數：組距 ${p.classWidth} 小時（組界起點 ${p.classOrigin}）、百分等級門檻 ${p.threshold}、學校填報率門檻 ${percent(p.fillRateThreshold)}`,
    `全國平均研習時數：${hours(run.nationalAverage)}（${source}）`,
    `資料：主管機關 ${run.counts.authorities}、學校 ${run.counts.schools}、教師 ${run.counts.teachers}、研習時數紀錄 ${run.counts.hourRecords}、學校規劃 ${run.counts.schoolPlans}、教師規劃 ${run.counts.teacherPlans}`,
    `獲獎：主管機關 ${run.awarded.authorities}/${run.counts.authorities}、學校 ${run.awarded.schools}/${run.counts.schools}、教師 ${run.awarded.teachers}/${run.counts.teachers}`,
    '主管機關　學校數　期限內送出　填報率　結果',
    ...authorities.map((a) => `  ${a.authority}　${a.schools}　${a.filedOnTime}　${percent(a.fillRate)}　${a.awarded ? '獲獎' : `未獲獎（${a.reasons.map((r) => AWARD_REASON_LABELS[r]).join('；')}）`}`),
    '完整名單：加上 --json，或在程式的「獎勵名單」中開啟這次計算。',
  ];
}

const LEVELS = ['authority', 'school', 'teacher'] as const;

export const awardCommands: CliCommand[] = [
  {
    name: 'awards',
    summary: '依獎勵方案計算主管機關、學校與教師的獎勵名單並儲存這次計算（--json 為完整結果）',
    usage: 'awards --year N [--json] [--class-width W] [--threshold T] [--national-average H]',
    options: {
      year: { type: 'string' },
      json: { type: 'boolean' },
      'class-width': { type: 'string' },
      threshold: { type: 'string' },
      'national-average': { type: 'string' },
    },
    async run({ values }, io) {
      const year = yearOption(values.year, true);
      const classWidth = numberOption(values['class-width'], 'class-width');
      const threshold = numberOption(values.threshold, 'threshold');
      const nationalAverage = numberOption(values['national-average'], 'national-average');
      const run = await io.call('awards:run', {
        year,
        task: randomUUID(),
        settings: {
          ...(classWidth === undefined ? {} : { classWidth }),
          ...(threshold === undefined ? {} : { threshold }),
          ...(nationalAverage === undefined ? {} : { nationalAverage }),
        },
      });
      if (values.json) {
        io.out((await io.call('awards:export', { id: run.id })).json);
        return;
      }
      const { authorities } = await io.call('awards:get', { id: run.id });
      for (const line of runText(run, authorities)) io.out(line);
    },
  },
  {
    name: 'achievement',
    summary: '規劃達成率：各主管機關（含全國與各學制）、各校或各教師，依六大面向（--json 為機器可讀格式）',
    usage: 'achievement --year N --level authority|school|teacher [--json]',
    options: { year: { type: 'string' }, level: { type: 'string' }, json: { type: 'boolean' } },
    async run({ values }, io) {
      const year = yearOption(values.year, true);
      const level = LEVELS.find((l) => l === values.level);
      if (!level) throw new CliError(`請用 --level 指定 authority、school 或 teacher，收到「${String(values.level ?? '')}」。`);
      if (level === 'authority') {
        const s = await io.call('achievement:summary', { year });
        if (values.json) {
          io.out(JSON.stringify({ year, level, nation: s.nation, authorities: s.authorities, stages: s.stages }));
          return;
        }
        io.out(`${year} 學年度規劃達成率（只計已送出的規劃）`);
        const line = (name: string, g: typeof s.nation) =>
          `  ${name}　學校規劃 ${g.schoolPlans}/${g.schools} 校：${rateText(g.schoolRate)}　教師規劃 ${g.teacherPlans}/${g.teachers} 人：${rateText(g.teacherRate)}`;
        io.out(line('全國', s.nation));
        for (const a of s.authorities) io.out(line(a.authority, a));
        for (const st of s.stages) io.out(line(st.stage, st));
        return;
      }
      if (level === 'school') {
        const { rows } = await io.call('achievement:schools', { year, page: null });
        if (values.json) {
          io.out(JSON.stringify({ year, level, rows }));
          return;
        }
        io.out(`${year} 學年度各校學校本位規劃達成率（規劃對照該校名單教師的實際研習時數）`);
        for (const r of rows) io.out(`  ${r.code} ${r.name}（${r.authority}${r.stage}，教師 ${r.teachers} 人）：${rateText(r.achievement)}`);
        return;
      }
      const { rows } = await io.call('achievement:teachers', { year, page: null });
      if (values.json) {
        io.out(JSON.stringify({ year, level, rows }));
        return;
      }
      io.out(`${year} 學年度各教師規劃達成率`);
      for (const r of rows) io.out(`  ${r.school} ${r.name}（${r.maskedId}）：${rateText(r.achievement)}`);
    },
  },
];
