import { Button, Group, Text } from '@mantine/core';
import { IconPhotoDown } from '@tabler/icons-react';
import { PieChart } from 'echarts/charts';
import { AriaComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { PlanDetail } from '../../../preload/contracts/plans.ts';
import { hoursText, percent } from './format.ts';

echarts.use([PieChart, TitleComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

const COLORS = ['#1c7ed6', '#37b24d', '#f59f00', '#ae3ec9', '#f03e3e', '#12b886'];

interface DomainPieProps {
  domains: PlanDetail['hours']['domains'];
  /** The PNG's file name when saved. */
  fileName: string;
}

/**
 * 研習主題規劃比例圖: each domain's share of the planned hours (seed 002), drawn on a canvas so it
 * can be saved as PNG. ECharts' aria description reads the shares to a screen reader.
 */
export function DomainPie({ domains, fileName }: DomainPieProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const planned = domains.filter((d) => d.hours > 0);

  useEffect(() => {
    if (!box.current || planned.length === 0) return;
    const instance = echarts.init(box.current, null, { renderer: 'canvas' });
    chart.current = instance;
    instance.setOption({
      aria: { enabled: true },
      color: COLORS,
      title: { text: '研習主題規劃比例圖', left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'item', formatter: (p: { name: string; value: number; percent: number }) => `${p.name}<br/>${hoursText(p.value)}（${p.percent}%）` },
      legend: { orient: 'vertical', left: 0, top: 32, textStyle: { fontSize: 12 } },
      series: [
        {
          type: 'pie',
          radius: ['0%', '62%'],
          center: ['64%', '55%'],
          label: { formatter: (p: { percent: number }) => `${p.percent.toFixed(1)}%` },
          data: planned.map((d) => ({ name: `${d.code}. ${d.name}`, value: d.hours })),
        },
      ],
    });
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, [planned.map((d) => `${d.code}:${d.hours}`).join(',')]);

  if (planned.length === 0) return <Text c="dimmed" size="sm">這份規劃沒有規劃時數，沒有比例圖。</Text>;

  const savePng = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    if (!url) return;
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
  };

  return (
    <div>
      <div
        ref={box}
        role="img"
        aria-label={`研習主題規劃比例圖：${planned.map((d) => `${d.name} ${percent(d.share)}`).join('、')}`}
        style={{ width: '100%', height: 300 }}
        data-testid="domain-pie"
      />
      <Group justify="flex-end">
        <Button size="xs" variant="default" leftSection={<IconPhotoDown size={14} aria-hidden />} onClick={savePng}>
          另存圖片（PNG）
        </Button>
      </Group>
    </div>
  );
}
