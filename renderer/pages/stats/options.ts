import type { ChartOption } from './chartTypes.ts';

// ECharts options the statistics charts share: a bar chart (upright or lying) and a line chart, in
// the app's colours, with Chinese axis names and values printed where they fit.

export const COLORS = ['#1c7ed6', '#37b24d', '#f59f00', '#ae3ec9', '#f03e3e', '#12b886', '#868e96', '#4263eb'];

export interface Series {
  name: string;
  data: (number | null)[];
  /** A previous year drawn lighter behind the current one. */
  muted?: boolean;
  stack?: string;
}

interface BarOptions {
  categories: string[];
  series: Series[];
  /** Lying bars for long category names (authorities, options of a need). */
  horizontal?: boolean;
  valueName: string;
  /** Values are shares 0..1 and shown as percentages. */
  percent?: boolean;
  labels?: boolean;
  /** The width a lying bar's category name may take before it is cut short. */
  categoryWidth?: number;
  /** Lines the legend may take (long series names wrap instead of scrolling). */
  legendLines?: number;
}

export function percentLabel(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? '—' : `${(value * 100).toFixed(digits)}%`;
}

function valueLabel(percent: boolean | undefined) {
  return (p: { value: number | null }) => (p.value === null ? '' : percent ? percentLabel(p.value) : Number(p.value.toFixed(2)).toLocaleString('zh-TW'));
}

export function barOption({ categories, series, horizontal = false, valueName, percent, labels = true, legendLines = 1, categoryWidth = 150 }: BarOptions): ChartOption {
  const category = {
    type: 'category',
    data: categories,
    inverse: horizontal,
    axisLabel: horizontal ? { fontSize: 11, width: categoryWidth, overflow: 'truncate' } : { interval: 0, fontSize: 11, width: 80, overflow: 'break' },
  };
  const value = {
    type: 'value',
    // A lying percent axis says % on every tick; its name would only crowd the last one.
    name: horizontal && percent ? undefined : valueName,
    ...(percent ? { max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } } : {}),
  };
  return {
    color: COLORS,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number | null) => (v === null ? '—' : percent ? percentLabel(v) : Number(v.toFixed(2)).toLocaleString('zh-TW')) },
    legend: series.length > 1 ? { bottom: 0, type: legendLines > 1 ? 'plain' : 'scroll' } : undefined,
    grid: { left: 8, right: horizontal ? 48 : 16, top: 28, bottom: series.length > 1 ? 10 + 24 * legendLines : 8, containLabel: true },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.data,
      stack: s.stack,
      barMaxWidth: 28,
      itemStyle: s.muted ? { opacity: 0.45 } : undefined,
      label: { show: labels && !s.stack, position: horizontal ? 'right' : 'top', fontSize: 10, formatter: valueLabel(percent) },
    })),
  };
}

interface LineOptions {
  categories: string[];
  series: Series[];
  valueName: string;
}

export function lineOption({ categories, series, valueName }: LineOptions): ChartOption {
  return {
    color: COLORS,
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 34, containLabel: true },
    xAxis: { type: 'category', data: categories },
    yAxis: { type: 'value', name: valueName },
    series: series.map((s) => ({ type: 'line', name: s.name, data: s.data, symbolSize: 7, label: { show: true, fontSize: 10 } })),
  };
}

/** A chart's height for `n` lying bars, so long lists (23 authorities) stay readable. */
export function heightFor(n: number, perBar = 26, min = 220): number {
  return Math.max(min, n * perBar + 70);
}
