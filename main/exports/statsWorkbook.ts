// Every table behind the statistics charts as one workbook (統計專區 › 匯出 Excel): filing by
// authority and stage (and the year before), the needs with their rank counts and weighted scores,
// planned hours by domain, sub-item and stage, achievement by authority and domain, participation
// over the years, and the satisfaction survey with its free texts. Rates are numbers formatted as
// percentages, so the officer can recompute and chart them again.
import type { Sqlite } from '../../db/connection.ts';
import { NEED_DIMENSION_INFO } from '../engine/statsVocabulary.ts';
import type { StatsBundle } from './statsCharts.ts';
import { statsSurvey } from './statsData.ts';
import { writeStyledXlsx, type CellValue, type Column, type StyledSheet } from './xlsx/workbook.ts';

export const STATS_SHEETS = [
  '填報率-主管機關', '填報率-教育階段', '填報率-前一學年度', '研習需求', '規劃時數-向度', '規劃時數-子項目', '規劃時數-教育階段',
  '達成率-主管機關', '達成率-向度', '歷年參與', '滿意度-題目', '滿意度-文字意見',
] as const;

const FILING_SIDE = ['應填', '已送出', '期限內送出', '非填報期間送出', '退回修改', '暫存', '未填寫', '送出率', '期限內填報率'];
const filingColumns = (first: Column[]): Column[] => [
  ...first,
  ...FILING_SIDE.map((h, i): Column => ({ header: `學校${h}`, width: 11, kind: i >= 7 ? 'percent' : 'integer' })),
  ...FILING_SIDE.map((h, i): Column => ({ header: `教師${h}`, width: 11, kind: i >= 7 ? 'percent' : 'integer' })),
];
type Figures = { expected: number; filed: number; onTime: number; outsideWindow: number; returned: number; draft: number; none: number; filedRate: number | null; onTimeRate: number | null };
const side = (f: Figures): CellValue[] => [f.expected, f.filed, f.onTime, f.outsideWindow, f.returned, f.draft, f.none, f.filedRate, f.onTimeRate];

export function statsSheets(sqlite: Sqlite, b: StatsBundle): StyledSheet[] {
  const f = b.filter;
  const scope = `${f.year} 學年度　${f.authority ?? '全部主管機關'}`;
  const titles = (t: string) => ['統計專區　' + t, scope];
  const filing = b.filing();
  const needs = b.needs();
  const hours = b.hours();
  const achievement = b.achievement();
  const participation = b.participation();
  const survey = statsSurvey(sqlite, { year: f.year, authority: f.authority, textQuestion: null, textPage: { offset: 0, limit: 10_000_000 } });
  const maxRanks = Math.max(...NEED_DIMENSION_INFO.map((d) => d.ranks));
  const needRows: CellValue[][] = [];
  for (const [who, set] of [['教師規劃', needs.teacher], ['學校規劃', needs.school]] as const) {
    for (const d of set.dimensions) {
      for (const o of d.options) needRows.push([who, d.label, o.option, ...Array.from({ length: maxRanks }, (_, r) => (r < d.ranks ? (o.rankCounts[r] ?? 0) : null)), o.score, o.share, d.weightNote]);
      if (d.otherTexts !== null) needRows.push([who, d.label, '其他（自填說明）', ...Array.from({ length: maxRanks }, () => null), null, null, `填寫「其他」說明的規劃 ${d.otherTexts} 份`]);
    }
  }
  const hoursRows = (kind: string, set: typeof hours.teacher) => set.domains.map((d): CellValue[] => [kind, d.domain, d.name, d.hours, d.share, d.perPlan, set.plans]);
  const subRows = (kind: string, set: typeof hours.teacher) => set.domains.flatMap((d) => d.subItems.map((s): CellValue[] => [kind, d.domain, s.code, s.name, s.hours]));
  const stageRows = (kind: string, set: typeof hours.teacher) => set.byStage.flatMap((s) => s.domains.map((d): CellValue[] => [kind, s.stage, s.plans, d.domain, d.hours, s.plans === 0 ? null : d.hours / s.plans]));
  const rateColumns: Column[] = ['規劃時數', '實際時數', '達成時數'].map((h) => ({ header: h, width: 12, kind: 'decimal' as const }));
  const rate = (r: { planned: number; actual: number; achieved: number; rate: number | null; ratio: number | null }): CellValue[] => [r.planned, r.actual, r.achieved, r.rate, r.ratio];
  const domainNames = achievement.domainNames;
  const schoolDomains = new Map(achievement.total.schoolRate.domains.map((d) => [d.domain, d]));
  return [
    { name: STATS_SHEETS[0], titles: titles('各主管機關填報率'), columns: filingColumns([{ header: '主管機關', width: 14 }]), rows: filing.byAuthority.map((r) => [r.authority, ...side(r.schools), ...side(r.teachers)]).concat([['合計', ...side(filing.total.schools), ...side(filing.total.teachers)]]) },
    { name: STATS_SHEETS[1], titles: titles('各教育階段填報率'), columns: filingColumns([{ header: '教育階段', width: 12 }]), rows: filing.byStage.map((r) => [r.stage, ...side(r.schools), ...side(r.teachers)]) },
    {
      name: STATS_SHEETS[2],
      titles: titles(filing.previous ? `${filing.previous.year} 學年度填報率（年度比較）` : '前一學年度填報率（資料庫沒有前一學年度）'),
      columns: filingColumns([{ header: '主管機關／教育階段', width: 16 }]),
      rows: filing.previous ? [...filing.previous.byAuthority.map((r) => [r.authority, ...side(r.schools), ...side(r.teachers)]), ...filing.previous.byStage.map((r) => [r.stage, ...side(r.schools), ...side(r.teachers)])] : [],
    },
    {
      name: STATS_SHEETS[3],
      titles: titles('研習需求（已送出之規劃；第1順位權重最高）'),
      columns: [
        { header: '來源', width: 10 }, { header: '需求', width: 10 }, { header: '選項', width: 22 },
        ...Array.from({ length: maxRanks }, (_, r): Column => ({ header: `第${r + 1}順位`, width: 9, kind: 'integer' })),
        { header: '加權分數', width: 11, kind: 'integer' }, { header: '加權比例', width: 10, kind: 'percent' }, { header: '權重', width: 44 },
      ],
      rows: needRows,
    },
    {
      name: STATS_SHEETS[4], titles: titles('規劃時數：各向度（已送出之規劃）'),
      columns: [{ header: '來源', width: 10 }, { header: '向度', width: 6 }, { header: '名稱', width: 20 }, { header: '規劃時數', width: 12, kind: 'decimal' }, { header: '占總時數', width: 10, kind: 'percent' }, { header: '平均每份（小時）', width: 14, kind: 'decimal' }, { header: '規劃份數', width: 10, kind: 'integer' }],
      rows: [...hoursRows('教師規劃', hours.teacher), ...hoursRows('學校規劃', hours.school)],
    },
    {
      name: STATS_SHEETS[5], titles: titles('規劃時數：子項目'),
      columns: [{ header: '來源', width: 10 }, { header: '向度', width: 6 }, { header: '子項目代碼', width: 10 }, { header: '子項目名稱', width: 30 }, { header: '規劃時數', width: 12, kind: 'decimal' }],
      rows: [...subRows('教師規劃', hours.teacher), ...subRows('學校規劃', hours.school)],
    },
    {
      name: STATS_SHEETS[6], titles: titles('規劃時數：各教育階段'),
      columns: [{ header: '來源', width: 10 }, { header: '教育階段', width: 12 }, { header: '規劃份數', width: 10, kind: 'integer' }, { header: '向度', width: 6 }, { header: '規劃時數', width: 12, kind: 'decimal' }, { header: '平均每份（小時）', width: 14, kind: 'decimal' }],
      rows: [...stageRows('教師規劃', hours.teacher), ...stageRows('學校規劃', hours.school)],
    },
    {
      name: STATS_SHEETS[7], titles: titles('各主管機關規劃達成率（達成 = 各向度 min(實際, 規劃)）'),
      columns: [
        { header: '主管機關', width: 14 }, { header: '學校規劃份數', width: 12, kind: 'integer' }, ...rateColumns.map((c) => ({ ...c, header: `學校${c.header}` })), { header: '學校達成率', width: 11, kind: 'percent' }, { header: '學校實際÷規劃', width: 13, kind: 'percent' },
        { header: '教師規劃份數', width: 12, kind: 'integer' }, ...rateColumns.map((c) => ({ ...c, header: `教師${c.header}` })), { header: '教師達成率', width: 11, kind: 'percent' }, { header: '教師實際÷規劃', width: 13, kind: 'percent' },
      ],
      rows: [...achievement.byAuthority, { authority: '合計', ...achievement.total }].map((r) => [r.authority, r.schoolPlans, ...rate(r.schoolRate), r.teacherPlans, ...rate(r.teacherRate)]),
    },
    {
      name: STATS_SHEETS[8], titles: titles('各向度規劃達成率'),
      columns: [{ header: '向度', width: 6 }, { header: '名稱', width: 20 }, ...rateColumns.map((c) => ({ ...c, header: `學校${c.header}` })), { header: '學校達成率', width: 11, kind: 'percent' }, { header: '學校實際÷規劃', width: 13, kind: 'percent' }, ...rateColumns.map((c) => ({ ...c, header: `教師${c.header}` })), { header: '教師達成率', width: 11, kind: 'percent' }, { header: '教師實際÷規劃', width: 13, kind: 'percent' }],
      rows: achievement.total.teacherRate.domains.map((d) => {
        const s = schoolDomains.get(d.domain) ?? { planned: 0, actual: 0, achieved: 0, rate: null, ratio: null };
        return [d.domain, domainNames[d.domain] ?? '', ...rate(s), ...rate(d)];
      }),
    },
    {
      name: STATS_SHEETS[9], titles: ['統計專區　歷年參與學校與教師', '99–105 學年度：106 年度服務計畫附件二（104 學年度未開放填報）；其餘學年度：本資料庫已送出之規劃'],
      columns: [{ header: '學年度', width: 8, kind: 'integer' }, { header: '參與學校（所）', width: 14, kind: 'integer' }, { header: '參與教師（人）', width: 14, kind: 'integer' }, { header: '參與主管機關', width: 12, kind: 'integer' }, { header: '學校總數', width: 10, kind: 'integer' }, { header: '名冊教師數', width: 11, kind: 'integer' }, { header: '來源', width: 60 }, { header: '附註', width: 50 }],
      rows: participation.years.map((y) => [y.year, y.schools, y.teachers, y.authorities, y.schoolsTotal, y.teachersTotal, y.origin === 'history' ? y.source : '本資料庫', y.note]),
    },
    {
      name: STATS_SHEETS[10], titles: titles(`滿意度問卷（填答 ${survey.respondents.total} 人）`),
      columns: [{ header: '題號', width: 6, kind: 'integer' }, { header: '題目', width: 40 }, { header: '填答者', width: 10 }, { header: '回答數', width: 8, kind: 'integer' }, ...[1, 2, 3, 4, 5].map((s): Column => ({ header: `${s} 分`, width: 7, kind: 'integer' })), { header: '平均', width: 8, kind: 'decimal' }, { header: '文字意見數', width: 10, kind: 'integer' }],
      rows: survey.questions.flatMap((q) => [
        [q.index + 1, q.question, '全部', q.overall.n, ...q.overall.counts, q.overall.mean, q.texts],
        ...q.byKind.map((k) => [q.index + 1, q.question, k.kind, k.n, ...k.counts, k.mean, null]),
      ]),
    },
    {
      name: STATS_SHEETS[11], titles: titles('滿意度問卷：文字意見'),
      columns: [{ header: '題號', width: 6, kind: 'integer' }, { header: '題目', width: 30 }, { header: '填答者', width: 10 }, { header: '學校代碼', width: 10 }, { header: '學校名稱', width: 28 }, { header: '主管機關', width: 12 }, { header: '意見', width: 60 }],
      rows: survey.texts.rows.map((t) => [t.questionIndex + 1, t.question, t.kind, t.school, t.schoolName, t.authority, t.text]),
    },
  ];
}

/** Writes the workbook; returns each sheet's table rows. */
export async function writeStatsWorkbook(sqlite: Sqlite, b: StatsBundle, path: string): Promise<{ name: string; rows: number }[]> {
  const sheets = statsSheets(sqlite, b).map((s) => ({ ...s, rows: [...(s.rows as Iterable<readonly CellValue[]>)] }));
  await writeStyledXlsx(path, sheets);
  return sheets.map((s) => ({ name: s.name, rows: s.rows.length }));
}
