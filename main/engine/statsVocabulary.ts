// The statistics area's own words (統計專區, domain.md "Satisfaction survey and statistics"): the
// need dimensions with their rank weights, the charts every dashboard, PNG, xlsx and the report
// share, and the respondent kinds of the satisfaction survey. Kept once, read by the contract, the
// handlers, the report and the renderer.
import { NEED_LEVELS, NEED_METHODS, NEED_MODES, NEED_PLACES, NEED_TIMES } from './vocabulary.ts';

export const NEED_DIMENSIONS = ['mode', 'time', 'place', 'level', 'method'] as const;
export type NeedDimension = (typeof NEED_DIMENSIONS)[number];

export interface NeedDimensionInfo {
  dimension: NeedDimension;
  label: string;
  /** How many ranks a plan fills (1 for the single choices). */
  ranks: number;
  options: readonly string[];
  /** Whether a rank may be 其他 with a free text. */
  other: boolean;
}

export const NEED_DIMENSION_INFO: readonly NeedDimensionInfo[] = [
  { dimension: 'mode', label: '進修方式', ranks: 3, options: NEED_MODES, other: false },
  { dimension: 'time', label: '進修時間', ranks: 6, options: NEED_TIMES, other: true },
  { dimension: 'place', label: '進修地點', ranks: 6, options: NEED_PLACES, other: true },
  { dimension: 'level', label: '進修階層', ranks: 1, options: NEED_LEVELS, other: false },
  { dimension: 'method', label: '實施方式', ranks: 1, options: NEED_METHODS, other: false },
];

/**
 * Rank weights: of R ranks, rank r scores R − r + 1 points (rank 1 highest): modes 3-2-1, times and
 * places 6-5-4-3-2-1; the single choices (level, method) score 1 per choice.
 */
export function rankWeights(ranks: number): number[] {
  return Array.from({ length: ranks }, (_, i) => ranks - i);
}

/** The sentence a chart prints under its title: '加權：第1順位 3 分、第2順位 2 分、第3順位 1 分'. */
export function weightNote(ranks: number): string {
  if (ranks === 1) return '單選，每選一次計 1 分';
  return `加權：${rankWeights(ranks).map((w, i) => `第${i + 1}順位 ${w} 分`).join('、')}`;
}

export const SURVEY_RESPONDENT_KINDS = ['業務帳號', '教師'] as const;
export type SurveyRespondentKind = (typeof SURVEY_RESPONDENT_KINDS)[number];

/** Every chart of the statistics area, by id: its title, for the dashboards, the PNGs and the report. */
export const STATS_CHARTS = [
  { id: 'filing-authority', title: '各主管機關填報率' },
  { id: 'filing-stage', title: '各教育階段填報率' },
  { id: 'needs-mode', title: '研習需求：進修方式' },
  { id: 'needs-time', title: '研習需求：進修時間' },
  { id: 'needs-place', title: '研習需求：進修地點' },
  { id: 'needs-level', title: '研習需求：進修階層' },
  { id: 'needs-method', title: '研習需求：實施方式' },
  { id: 'hours-domain', title: '規劃時數：各向度' },
  { id: 'hours-stage', title: '規劃時數：各教育階段' },
  { id: 'achievement-authority', title: '各主管機關規劃達成率' },
  { id: 'achievement-domain', title: '各向度規劃達成率' },
  { id: 'participation', title: '歷年參與學校與教師' },
  { id: 'survey', title: '滿意度問卷平均分數' },
] as const;
export type StatsChartId = (typeof STATS_CHARTS)[number]['id'];
export const STATS_CHART_IDS = STATS_CHARTS.map((c) => c.id) as [StatsChartId, ...StatsChartId[]];
