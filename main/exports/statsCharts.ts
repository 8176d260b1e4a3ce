// The statistics charts (statsVocabulary.ts STATS_CHARTS) as ECharts options, drawn in main for the
// PNG a dashboard saves and for the report PDF — the same options, the same font as every printed
// form. Rates are shown as percentages to one decimal; the needs charts print their rank weights
// under the title, as the dashboards do.
import type { EChartsOption } from 'echarts';
import type { Sqlite } from '../../db/connection.ts';
import { STATS_CHARTS, type StatsChartId } from '../engine/statsVocabulary.ts';
import { barOption, type BarSeries } from './charts/barChart.ts';
import { PRINT_PALETTE } from './charts/palette.ts';
import type { ChartSize } from './charts/renderChart.ts';
import { statsAchievement, statsFiling, statsNeeds, statsParticipation, statsPlannedHours, statsSurvey, type StatsFilter } from './statsData.ts';

/** Everything the charts of one filter draw from; each part is read once, when a chart first needs it. */
export interface StatsBundle {
  filter: StatsFilter;
  filing(): ReturnType<typeof statsFiling>;
  needs(): ReturnType<typeof statsNeeds>;
  hours(): ReturnType<typeof statsPlannedHours>;
  achievement(): ReturnType<typeof statsAchievement>;
  participation(): ReturnType<typeof statsParticipation>;
  survey(): ReturnType<typeof statsSurvey>;
}

function once<T>(read: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: read() }).v;
}

export function statsBundle(sqlite: Sqlite, filter: StatsFilter): StatsBundle {
  return {
    filter,
    filing: once(() => statsFiling(sqlite, filter)),
    needs: once(() => statsNeeds(sqlite, filter)),
    hours: once(() => statsPlannedHours(sqlite, filter)),
    achievement: once(() => statsAchievement(sqlite, filter)),
    participation: once(() => statsParticipation(sqlite)),
    survey: once(() => statsSurvey(sqlite, { year: filter.year, authority: filter.authority, textQuestion: null, textPage: null })),
  };
}

export const percent = (rate: number | null): number => (rate === null ? 0 : Math.round(rate * 1000) / 10);
const round2 = (n: number): number => Math.round(n * 100) / 100;

export function chartTitle(id: StatsChartId): string {
  return STATS_CHARTS.find((c) => c.id === id)!.title;
}

function withSubtitle(option: EChartsOption, subtext: string): EChartsOption {
  const title = option.title as Record<string, unknown> | undefined;
  const grid = option.grid as Record<string, unknown>;
  return {
    ...option,
    title: { ...title, subtext, subtextStyle: { fontSize: 11, color: '#444444' }, itemGap: 4 },
    // Room on the right for the value axis' name ('%', '小時'), which ECharts sets past the axis end.
    grid: { ...grid, top: (grid.top as number) + 18, right: 64 },
  };
}

function scopeText(f: StatsFilter): string {
  return `${f.year} 學年度・${f.authority ?? '全部主管機關'}・${f.stage ?? '全部教育階段'}`;
}

/** The chart's option and the size it is laid out in. */
export function statsChart(id: StatsChartId, b: StatsBundle): { option: EChartsOption; size: ChartSize } {
  const title = chartTitle(id);
  const wide = (rows: number): ChartSize => ({ width: 760, height: Math.max(300, 90 + rows * 26) });
  const scope = scopeText(b.filter);
  switch (id) {
    case 'filing-authority':
    case 'filing-stage': {
      const f = b.filing();
      const rows = id === 'filing-authority' ? f.byAuthority.map((r) => ({ name: r.authority, ...r })) : f.byStage.map((r) => ({ name: r.stage as string, ...r }));
      const series: BarSeries[] = [
        { name: '學校期限內填報率（%）', values: rows.map((r) => percent(r.schools.onTimeRate)) },
        { name: '教師期限內填報率（%）', values: rows.map((r) => percent(r.teachers.onTimeRate)) },
      ];
      if (f.previous) {
        const prev = id === 'filing-authority' ? new Map(f.previous.byAuthority.map((r) => [r.authority, r])) : new Map(f.previous.byStage.map((r) => [r.stage as string, r]));
        series.push({ name: `${f.previous.year} 學年度教師期限內填報率（%）`, values: rows.map((r) => percent(prev.get(r.name)?.teachers.onTimeRate ?? null)) });
      }
      const horizontal = id === 'filing-authority';
      return { option: withSubtitle(barOption(rows.map((r) => r.name), series, { title, unit: '%', horizontal }), scope), size: horizontal ? wide(rows.length * series.length * 0.6 + 4) : { width: 760, height: 380 } };
    }
    case 'needs-mode':
    case 'needs-time':
    case 'needs-place':
    case 'needs-level':
    case 'needs-method': {
      const n = b.needs();
      const dimension = id.slice('needs-'.length);
      const d = n.teacher.dimensions.find((x) => x.dimension === dimension)!;
      const s = n.school.dimensions.find((x) => x.dimension === dimension)!;
      const series: BarSeries[] = [
        { name: `教師規劃（${n.teacher.plans} 份）加權比例（%）`, values: d.options.map((o) => percent(o.share)) },
        { name: `學校規劃（${n.school.plans} 份）加權比例（%）`, values: s.options.map((o) => percent(o.share)) },
      ];
      return { option: withSubtitle(barOption(d.options.map((o) => o.option), series, { title, unit: '%', horizontal: true }), `${scope}；${d.weightNote}`), size: wide(d.options.length * 2 + 2) };
    }
    case 'hours-domain': {
      const h = b.hours();
      const series: BarSeries[] = [
        { name: '教師規劃平均每份（小時）', values: h.teacher.domains.map((d) => round2(d.perPlan ?? 0)) },
        { name: '學校規劃平均每份（小時）', values: h.school.domains.map((d) => round2(d.perPlan ?? 0)) },
      ];
      if (h.previous) {
        const prev = new Map(h.previous.teacher.domains.map((d) => [d.domain, d]));
        series.push({ name: `${h.previous.year} 學年度教師規劃平均每份（小時）`, values: h.teacher.domains.map((d) => round2(prev.get(d.domain)?.perPlan ?? 0)) });
      }
      return { option: withSubtitle(barOption(h.teacher.domains.map((d) => `${d.domain} ${d.name}`), series, { title, unit: '小時', horizontal: true }), `${scope}；教師規劃 ${h.teacher.plans} 份、學校規劃 ${h.school.plans} 份`), size: wide(h.teacher.domains.length * series.length + 2) };
    }
    case 'hours-stage': {
      const h = b.hours();
      const stages = h.teacher.byStage;
      const domains = h.teacher.domains;
      const option: EChartsOption = {
        color: [...PRINT_PALETTE],
        title: { text: title, subtext: `${scope}；教師規劃平均每份各向度時數`, left: 'center', top: 4, textStyle: { fontSize: 15, fontWeight: 'bold' }, subtextStyle: { fontSize: 11, color: '#444444' } },
        legend: { bottom: 4, textStyle: { fontSize: 11 } },
        grid: { left: 12, right: 24, top: 62, bottom: 56, containLabel: true },
        xAxis: { type: 'category', data: stages.map((s) => `${s.stage}（${s.plans} 份）`), axisLabel: { fontSize: 11, interval: 0 } },
        yAxis: { type: 'value', name: '小時', nameTextStyle: { fontSize: 11 }, axisLabel: { fontSize: 11 } },
        series: domains.map((d, i) => ({
          type: 'bar' as const,
          stack: 'hours',
          name: `${d.domain} ${d.name}`,
          data: stages.map((s) => round2(s.plans === 0 ? 0 : s.domains[i]!.hours / s.plans)),
          label: { show: true, fontSize: 9, formatter: (p: { value?: unknown }) => (typeof p.value === 'number' && p.value >= 0.5 ? String(p.value) : '') },
          barMaxWidth: 60,
        })),
      };
      return { option, size: { width: 760, height: 420 } };
    }
    case 'achievement-authority': {
      const a = b.achievement();
      const series: BarSeries[] = [
        { name: '教師規劃達成率（%）', values: a.byAuthority.map((r) => percent(r.teacherRate.rate)) },
        { name: '學校規劃達成率（%）', values: a.byAuthority.map((r) => percent(r.schoolRate.rate)) },
      ];
      return { option: withSubtitle(barOption(a.byAuthority.map((r) => r.authority), series, { title, unit: '%', horizontal: true }), `${scope}；達成 = 各向度 min(實際, 規劃) 之和 ÷ 規劃時數`), size: wide(a.byAuthority.length * 1.2 + 4) };
    }
    case 'achievement-domain': {
      const a = b.achievement();
      const domains = a.total.teacherRate.domains;
      const school = new Map(a.total.schoolRate.domains.map((d) => [d.domain, d]));
      const series: BarSeries[] = [
        { name: '教師規劃達成率（%）', values: domains.map((d) => percent(d.rate)) },
        { name: '學校規劃達成率（%）', values: domains.map((d) => percent(school.get(d.domain)?.rate ?? null)) },
      ];
      return { option: withSubtitle(barOption(domains.map((d) => `${d.domain} ${a.domainNames[d.domain] ?? ''}`.trim()), series, { title, unit: '%', horizontal: true }), scope), size: wide(domains.length * 2 + 2) };
    }
    case 'participation': {
      const p = b.participation();
      const option: EChartsOption = {
        color: [...PRINT_PALETTE],
        title: { text: title, subtext: '99–105 學年度：106 年度服務計畫附件二公布數字（104 學年度未開放填報）；其餘：本資料庫已送出之規劃', left: 'center', top: 4, textStyle: { fontSize: 15, fontWeight: 'bold' }, subtextStyle: { fontSize: 11, color: '#444444' } },
        legend: { bottom: 4, textStyle: { fontSize: 11 } },
        grid: { left: 12, right: 12, top: 62, bottom: 40, containLabel: true },
        xAxis: { type: 'category', data: p.years.map((y) => `${y.year}`), axisLabel: { fontSize: 11 } },
        yAxis: [
          { type: 'value', name: '學校（所）', nameTextStyle: { fontSize: 11 }, axisLabel: { fontSize: 11 } },
          { type: 'value', name: '教師（人）', nameTextStyle: { fontSize: 11 }, axisLabel: { fontSize: 11 }, splitLine: { show: false } },
        ],
        series: [
          { type: 'bar', name: '參與學校數（所）', data: p.years.map((y) => y.schools), label: { show: true, position: 'top', fontSize: 9 }, barMaxWidth: 28 },
          { type: 'line', name: '參與教師數（人）', yAxisIndex: 1, data: p.years.map((y) => y.teachers), label: { show: true, position: 'top', fontSize: 9 } },
        ],
      };
      return { option, size: { width: 760, height: 380 } };
    }
    case 'survey': {
      const s = b.survey();
      const scale = s.questions.filter((q) => q.type === 'scale');
      const series: BarSeries[] = [
        { name: `業務帳號（${s.respondents.byKind[0]!.n} 人）`, values: scale.map((q) => round2(q.byKind[0]!.mean ?? 0)) },
        { name: `教師（${s.respondents.byKind[1]!.n} 人）`, values: scale.map((q) => round2(q.byKind[1]!.mean ?? 0)) },
      ];
      const short = (q: string) => (q.length > 22 ? `${q.slice(0, 21)}…` : q);
      return { option: withSubtitle(barOption(scale.map((q) => `${q.index + 1}. ${short(q.question)}`), series, { title, unit: '平均（1–5）', horizontal: true }), `${s.year} 學年度・${s.authority ?? '全部主管機關'}；分數 1–5，5 最高`), size: wide(scale.length * 2 + 2) };
    }
  }
}
