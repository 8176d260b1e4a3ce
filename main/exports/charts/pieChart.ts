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
  const unit = options.unit ?? '';
  const shown = slices.filter((s) => s.value > 0);
  return {
    color: [...PRINT_PALETTE],
    title: options.title ? { text: options.title, left: 'center', top: 4, textStyle: { fontSize: 15, fontWeight: 'bold' } } : undefined,
    series: [
      {
        type: 'pie',
        radius: ['0%', '58%'],
        center: ['50%', options.title ? '55%' : '50%'],
        startAngle: 90,
        percentPrecision: 1,
        avoidLabelOverlap: true,
        label: { formatter: `{b}\n{c} ${unit}（{d}%）`, fontSize: 12, lineHeight: 17, color: '#222', overflow: 'break' },
        labelLine: { length: 12, length2: 10 },
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
