// Bars by category (authorities, stages, domains) for the statistics and award documents: one or
// more series, values printed on the bars, the category axis horizontal or — with many long names
// such as the 22 authorities — vertical.

import type { EChartsOption } from 'echarts';
import { PRINT_PALETTE } from './palette.ts';
import { renderChartPng, type ChartSize } from './renderChart.ts';

export interface BarSeries {
  name: string;
  values: readonly number[];
}

export interface BarOptions {
  title?: string;
  /** Axis name for the values: '小時', '人數'. */
  unit?: string;
  /** Categories down the side, bars to the right (best for many or long names). */
  horizontal?: boolean;
}

export function barOption(categories: readonly string[], series: readonly BarSeries[], options: BarOptions = {}): EChartsOption {
  const categoryAxis = { type: 'category' as const, data: [...categories], axisLabel: { fontSize: 11, interval: 0 }, inverse: options.horizontal ?? false };
  const valueAxis = { type: 'value' as const, name: options.unit, nameTextStyle: { fontSize: 11 }, axisLabel: { fontSize: 11 }, splitLine: { lineStyle: { color: '#dddddd' } } };
  return {
    color: [...PRINT_PALETTE],
    title: options.title ? { text: options.title, left: 'center', top: 4, textStyle: { fontSize: 15, fontWeight: 'bold' } } : undefined,
    legend: series.length > 1 ? { bottom: 4, textStyle: { fontSize: 11 } } : undefined,
    grid: { left: 12, right: 24, top: options.title ? 44 : 20, bottom: series.length > 1 ? 36 : 12, containLabel: true },
    xAxis: options.horizontal ? valueAxis : categoryAxis,
    yAxis: options.horizontal ? categoryAxis : valueAxis,
    series: series.map((s) => ({
      type: 'bar' as const,
      name: s.name,
      data: [...s.values],
      label: { show: true, position: options.horizontal ? ('right' as const) : ('top' as const), fontSize: 10 },
      barMaxWidth: 28,
    })),
  };
}

export function barChartPng(categories: readonly string[], series: readonly BarSeries[], size: ChartSize, options: BarOptions = {}): Promise<Uint8Array> {
  return renderChartPng(barOption(categories, series, options), size);
}
