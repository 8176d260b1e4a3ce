// The domain pie of a plan record (研習主題規劃比例圖, seed 002): each of the six domains' share of
// the planned hours, labelled with its hours and percentage so the chart reads without colour.

import type { EChartsOption } from 'echarts';
import { DOMAINS } from '../../engine/vocabulary.ts';
import { PRINT_PALETTE } from './palette.ts';
import { renderChartPng, type ChartSize } from './renderChart.ts';

export interface PieSlice {
  name: string;
  value: number;
}

export interface PieOptions {
  title?: string;
  /** Shown after each value: '小時'. */
  unit?: string;
}

export function pieOption(slices: readonly PieSlice[], options: PieOptions = {}): EChartsOption {
  const unit = options.unit ? ` ${options.unit}` : '';
  const shown = slices.filter((s) => s.value > 0);
  const total = shown.reduce((sum, s) => sum + s.value, 0);
  // Our own percentages, rounded like every table beside the chart: ECharts' {d} nudges them to
  // add up to 100 %, so a printed 47.1 % in the table could read 47 % on the chart.
  const label = (p: { name?: string; value?: unknown }): string => {
    const value = typeof p.value === 'number' ? p.value : 0;
    const share = total > 0 ? ((value / total) * 100).toFixed(1) : '0.0';
    return `${p.name ?? ''}\n${Number(value.toFixed(2))}${unit}（${share}%）`;
  };
  return {
    color: [...PRINT_PALETTE],
    title: options.title ? { text: options.title, left: 'center', top: 4, textStyle: { fontSize: 15, fontWeight: 'bold' } } : undefined,
    series: [
      {
        type: 'pie',
        radius: ['0%', '52%'],
        center: ['50%', options.title ? '55%' : '50%'],
        startAngle: 90,
        avoidLabelOverlap: true,
        // Labels line up along the chart's sides and break within the room there, so a long
        // domain name never runs past the edge of the picture.
        label: { formatter: label, fontSize: 10.5, lineHeight: 14.5, color: '#222', alignTo: 'edge', edgeDistance: 6, width: 96, overflow: 'break' },
        labelLine: { length: 8, length2: 0 },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1.5 },
        data: shown.map((s) => ({ name: s.name, value: s.value })),
      },
    ],
  };
}

/** Hours by domain code ('1'…'6') as the six named slices, in the domains' order. */
export function domainSlices(hoursByDomain: Readonly<Record<string, number>>): PieSlice[] {
  return DOMAINS.map((d) => ({ name: `${d.code}. ${d.name}`, value: hoursByDomain[d.code] ?? 0 }));
}

export function pieChartPng(slices: readonly PieSlice[], size: ChartSize, options: PieOptions = {}): Promise<Uint8Array> {
  return renderChartPng(pieOption(slices, options), size);
}
