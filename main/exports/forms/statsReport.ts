// 統計報告: the statistics of a school year (or one authority's) as one PDF — every dashboard's
// chart, drawn in main like the chart PNGs (statsCharts.ts), with the table behind it: filing
// rates by authority and stage with the year before, the needs with their rank weights, planned
// hours by domain and stage, achievement by authority and domain, participation over the years,
// and the satisfaction survey with its free texts.

import { mm } from '../pdf/geometry.ts';
import type { TableRow } from '../pdf/table.ts';
import { renderChartPng } from '../charts/renderChart.ts';
import { percent, statsBundle, statsChart, type StatsBundle } from '../statsCharts.ts';
import { statsSurvey } from '../statsData.ts';
import type { StatsChartId } from '../../engine/statsVocabulary.ts';
import { PageFlow } from './flow.ts';
import { labelCell } from './planSections.ts';
import { fileStem } from './scope.ts';
import { defineForm } from './types.ts';

export const STATS_REPORT_TITLE = '統計報告';
/** Free texts printed in the report; all of them are in the workbook. */
const TEXTS_SHOWN = 60;

interface StatsReportData {
  bundle: StatsBundle;
  texts: ReturnType<typeof statsSurvey>['texts'];
}

const rate = (r: number | null): string => (r === null ? '—' : `${percent(r).toFixed(1)}%`);
const num = (n: number): string => n.toLocaleString('zh-TW', { maximumFractionDigits: 2 });
const right = (text: string) => ({ text, align: 'right' as const });
const header = (titles: readonly string[]): TableRow[] => [{ cells: titles.map((t) => ({ ...labelCell(t), size: 8.5 })) }];

function widths(flow: PageFlow, fixed: readonly number[]): number[] {
  const w = fixed.map(mm);
  const rest = flow.width - w.reduce((a, b) => a + b, 0);
  return [rest, ...w];
}

/** The height a chart takes on the page, to keep a section's heading on the page of its first chart. */
function chartHeight(flow: PageFlow, id: StatsChartId, bundle: StatsBundle): number {
  const { size } = statsChart(id, bundle);
  return (flow.width * size.height) / size.width + mm(12);
}

async function chart(flow: PageFlow, id: StatsChartId, bundle: StatsBundle): Promise<void> {
  const { option, size } = statsChart(id, bundle);
  const key = `stats:${id}`;
  flow.book.image(key, await renderChartPng(option, { ...size, scale: 2 }));
  const height = (flow.width * size.height) / size.width;
  flow.ensure(height + mm(2));
  flow.page.image(key, flow.x, flow.y, flow.width, height);
  flow.y += height + mm(3);
}

function table(flow: PageFlow, titles: readonly string[], fixed: readonly number[], rows: readonly (readonly string[])[]): void {
  const w = widths(flow, fixed);
  const body: TableRow[] = rows.map((r) => ({ cells: r.map((t, i) => (i === 0 ? { text: t } : right(t))) }));
  flow.pagedTable(header(titles), body.length ? body : [{ cells: [{ text: '（沒有資料）', span: titles.length, align: 'center' }] }], { widths: w, size: 8.5, padding: 2.5, frameWidth: 1 });
  flow.gap();
}

type Filing = ReturnType<StatsBundle['filing']>;
function filingRows(rows: readonly ({ name: string } & Pick<Filing['total'], 'schools' | 'teachers'>)[]): string[][] {
  return rows.map((r) => [r.name, num(r.schools.expected), num(r.schools.onTime), rate(r.schools.onTimeRate), rate(r.schools.filedRate), num(r.teachers.expected), num(r.teachers.onTime), rate(r.teachers.onTimeRate), rate(r.teachers.filedRate)]);
}
const FILING_HEAD = ['學校應填', '期限內', '期限內率', '送出率', '教師應填', '期限內', '期限內率', '送出率'];
const FILING_W = [16, 14, 15, 15, 18, 16, 15, 15];

async function drawFiling(flow: PageFlow, b: StatsBundle): Promise<void> {
  const f = b.filing();
  flow.heading('一、填報情形', chartHeight(flow, b.filter.authority === null ? 'filing-authority' : 'filing-stage', b));
  flow.note('應填：該學年度所有學校、名冊上所有教師；送出：已送出（含非填報期間送出）；期限內：最後一次送出在其填報期間內。退回修改視為未填報。', { size: 8.5, gray: true });
  await chart(flow, b.filter.authority === null ? 'filing-authority' : 'filing-stage', b);
  table(flow, ['主管機關', ...FILING_HEAD], FILING_W, filingRows([...f.byAuthority.map((r) => ({ name: r.authority, ...r })), { name: '合計', ...f.total }]));
  if (b.filter.authority === null) await chart(flow, 'filing-stage', b);
  table(flow, ['教育階段', ...FILING_HEAD], FILING_W, filingRows(f.byStage.map((r) => ({ name: r.stage, ...r }))));
  if (f.previous) {
    flow.note(`年度比較：${f.previous.year} 學年度學校期限內填報率 ${rate(f.previous.total.schools.onTimeRate)}、教師 ${rate(f.previous.total.teachers.onTimeRate)}；本學年度學校 ${rate(f.total.schools.onTimeRate)}、教師 ${rate(f.total.teachers.onTimeRate)}。`);
    flow.gap();
  }
}

async function drawNeeds(flow: PageFlow, b: StatsBundle): Promise<void> {
  const n = b.needs();
  flow.heading('二、研習需求', chartHeight(flow, 'needs-mode', b));
  flow.note(`已送出之教師規劃 ${num(n.teacher.plans)} 份、學校規劃 ${num(n.school.plans)} 份。各選項依順位加權計分（第 1 順位權重最高），比例 = 選項分數 ÷ 該項全部分數。`, { size: 8.5, gray: true });
  for (const d of n.teacher.dimensions) {
    await chart(flow, `needs-${d.dimension}` as StatsChartId, b);
    if (d.otherTexts !== null && d.otherTexts > 0) flow.note(`另有 ${num(d.otherTexts)} 份教師規劃填寫「其他」${d.label}說明。`, { size: 8.5, gray: true });
  }
}

async function drawHours(flow: PageFlow, b: StatsBundle): Promise<void> {
  const h = b.hours();
  flow.heading('三、規劃時數', chartHeight(flow, 'hours-domain', b));
  await chart(flow, 'hours-domain', b);
  const school = new Map(h.school.domains.map((d) => [d.domain, d]));
  table(
    flow,
    ['向度', '教師規劃時數', '占比', '平均每份', '學校規劃時數', '占比', '平均每份'],
    [24, 14, 17, 24, 14, 17],
    [...h.teacher.domains.map((d) => {
      const s = school.get(d.domain);
      return [`${d.domain} ${d.name}`, num(d.hours), rate(d.share), num(Math.round((d.perPlan ?? 0) * 100) / 100), num(s?.hours ?? 0), rate(s?.share ?? null), num(Math.round((s?.perPlan ?? 0) * 100) / 100)];
    }), ['合計', num(h.teacher.hours), '', '', num(h.school.hours), '', '']],
  );
  await chart(flow, 'hours-stage', b);
}

async function drawAchievement(flow: PageFlow, b: StatsBundle): Promise<void> {
  const a = b.achievement();
  flow.heading('四、規劃達成率', chartHeight(flow, b.filter.authority === null ? 'achievement-authority' : 'achievement-domain', b));
  flow.note('達成率 = 各向度 min(實際時數, 規劃時數) 之和 ÷ 規劃時數之和；學校規劃以該校名冊教師實際時數之和比較。', { size: 8.5, gray: true });
  if (b.filter.authority === null) await chart(flow, 'achievement-authority', b);
  await chart(flow, 'achievement-domain', b);
  table(
    flow,
    ['主管機關', '學校規劃份數', '學校達成率', '學校實際÷規劃', '教師規劃份數', '教師達成率', '教師實際÷規劃'],
    [20, 18, 22, 20, 18, 22],
    [...a.byAuthority, { authority: '合計', ...a.total }].map((r) => [r.authority, num(r.schoolPlans), rate(r.schoolRate.rate), rate(r.schoolRate.ratio), num(r.teacherPlans), rate(r.teacherRate.rate), rate(r.teacherRate.ratio)]),
  );
}

async function drawParticipation(flow: PageFlow, b: StatsBundle): Promise<void> {
  const p = b.participation();
  flow.heading('五、歷年參與', chartHeight(flow, 'participation', b));
  await chart(flow, 'participation', b);
  table(
    flow,
    ['學年度', '參與學校（所）', '參與教師（人）', '參與主管機關', '來源'],
    [26, 26, 24, 50],
    p.years.map((y) => [String(y.year), num(y.schools), num(y.teachers), y.authorities === null ? '—' : String(y.authorities), y.origin === 'history' ? '106 年度服務計畫附件二' : '本資料庫已送出之規劃']),
  );
  const source = p.years.find((y) => y.origin === 'history')?.source;
  if (source) flow.note(`歷史數字來源：${source}。104 學年度未開放填報（配合課程項目分類更新系統）。`, { size: 8.5, gray: true });
}

async function drawSurvey(flow: PageFlow, b: StatsBundle, texts: StatsReportData['texts']): Promise<void> {
  const s = b.survey();
  flow.heading('六、滿意度問卷', s.respondents.total === 0 ? mm(10) : chartHeight(flow, 'survey', b));
  if (s.respondents.total === 0) {
    flow.note(`${s.year} 學年度尚未匯入滿意度問卷。`);
    return;
  }
  flow.note(`填答 ${num(s.respondents.total)} 人：${s.respondents.byKind.map((k) => `${k.kind} ${num(k.n)} 人`).join('、')}。分數 1–5，平均只計 1–5 分的回答。`, { size: 8.5, gray: true });
  await chart(flow, 'survey', b);
  const mean = (m: number | null) => (m === null ? '—' : m.toFixed(2));
  table(
    flow,
    ['題目', '回答數', '1', '2', '3', '4', '5', '平均', '業務帳號', '教師'],
    [14, 9, 9, 9, 11, 11, 12, 16, 12],
    s.questions.filter((q) => q.type === 'scale').map((q) => [`${q.index + 1}. ${q.question}`, num(q.overall.n), ...q.overall.counts.map(num), mean(q.overall.mean), mean(q.byKind[0]!.mean), mean(q.byKind[1]!.mean)]),
  );
  if (texts.total > 0) {
    flow.heading(`文字意見（${num(texts.total)} 則${texts.total > texts.rows.length ? `，列出前 ${texts.rows.length} 則，全部見 Excel 匯出` : ''}）`);
    const w = widths(flow, [16, 28, 18]);
    flow.pagedTable(
      header(['意見', '填答者', '學校', '主管機關']),
      texts.rows.map((t) => ({ cells: [{ text: t.text }, { text: t.kind, align: 'center' as const }, { text: t.schoolName ?? t.school }, { text: t.authority ?? '' }] })),
      { widths: w, size: 8.5, padding: 2.5, frameWidth: 1 },
    );
  }
}

export const statsReportForm = defineForm<StatsReportData>({
  id: 'stats-report',
  title: STATS_REPORT_TITLE,
  available: true,
  filters: ['authority'],
  splitBy: 'authority',
  async load(store, scope) {
    const bundle = statsBundle(store.sqlite, { year: scope.year, authority: scope.authority ?? null, stage: null });
    const filing = bundle.filing();
    const label = filing.authority ?? '全國';
    const texts = statsSurvey(store.sqlite, { year: scope.year, authority: filing.authority, textPage: { offset: 0, limit: TEXTS_SHOWN } }).texts;
    return [{ fileStem: fileStem(`${scope.year}學年度${STATS_REPORT_TITLE}`, label), label, data: { bundle, texts } }];
  },
  async draw(book, instance, ctx) {
    const { bundle, texts } = instance.data;
    const flow = new PageFlow(book, instance.label, {
      first: [
        { text: '「學校本位暨教師自我專業進修研習規劃服務」', size: 13 },
        { text: `${ctx.year}學年度　${STATS_REPORT_TITLE}`, size: 18 },
        { text: instance.label, size: 14 },
      ],
      continued: `${ctx.year}學年度　${STATS_REPORT_TITLE}（續）— ${instance.label}`,
    });
    await drawFiling(flow, bundle);
    await drawNeeds(flow, bundle);
    await drawHours(flow, bundle);
    await drawAchievement(flow, bundle);
    await drawParticipation(flow, bundle);
    await drawSurvey(flow, bundle, texts);
    flow.finish(`${STATS_REPORT_TITLE}（${instance.label}）`, ctx.printedOn);
  },
});
