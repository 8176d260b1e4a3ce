import { Button, Group } from '@mantine/core';
import { IconPhotoDown } from '@tabler/icons-react';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { saveBase64File } from '../../components/download.ts';
import { domainName, hoursText } from './labels.ts';

echarts.use([BarChart, TitleComponent, TooltipComponent, LegendComponent, GridComponent, AriaComponent, CanvasRenderer]);

export interface DomainBar {
  domain: string;
  planned: number;
  actual: number;
  achieved: number;
}

interface DomainBarsProps {
  title: string;
  domains: DomainBar[];
  /** The PNG's file name when saved. */
  fileName: string;
}

const COLORS = ['#868e96', '#1c7ed6', '#37b24d'];

/** 規劃與實際研習時數 per domain, with the achieved hours beside them; drawn on a canvas so it saves as PNG. */
export function DomainBars({ title, domains, fileName }: DomainBarsProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const key = JSON.stringify(domains) + title;

  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, null, { renderer: 'canvas' });
    chart.current = instance;
    instance.setOption({
      aria: { enabled: true },
      color: COLORS,
      animation: false,
      title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 40, bottom: 36, containLabel: true },
      xAxis: { type: 'category', data: domains.map((d) => `${d.domain}. ${domainName(d.domain)}`), axisLabel: { interval: 0, fontSize: 11, width: 90, overflow: 'break' } },
      yAxis: { type: 'value', name: '小時' },
      series: (['planned', 'actual', 'achieved'] as const).map((k, i) => ({
        type: 'bar',
        name: ['規劃時數', '實際時數', '達成時數'][i],
        data: domains.map((d) => d[k]),
        label: { show: true, position: 'top', fontSize: 10, formatter: (p: { value: number }) => hoursText(p.value) },
        barMaxWidth: 26,
      })),
    });
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, [key]);

  const savePng = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    if (url) saveBase64File(fileName, url.slice(url.indexOf(',') + 1), 'image/png');
  };

  return (
    <div>
      <div
        ref={box}
        role="img"
        aria-label={`${title}：${domains.map((d) => `${domainName(d.domain)} 規劃 ${hoursText(d.planned)}、實際 ${hoursText(d.actual)} 小時`).join('；')}`}
        style={{ width: '100%', height: 340 }}
        data-testid="domain-bars"
      />
      <Group justify="flex-end">
        <Button size="xs" variant="default" leftSection={<IconPhotoDown size={14} aria-hidden />} onClick={savePng}>
          另存圖片（PNG）
        </Button>
      </Group>
    </div>
  );
}
