import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, DatasetComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, type RefObject } from 'react';
import type { ChartHandle, ChartOption } from './chartTypes.ts';

echarts.use([BarChart, LineChart, TitleComponent, TooltipComponent, LegendComponent, GridComponent, DatasetComponent, MarkLineComponent, AriaComponent, CanvasRenderer]);

interface EChartProps {
  option: ChartOption;
  height: number;
  /** The card's handle: it saves the drawing as PNG without importing ECharts itself. */
  handle: RefObject<ChartHandle | null>;
  ariaLabel: string;
  testId: string;
}

/**
 * One ECharts canvas. Loaded lazily by ChartCard so that ECharts stays out of the first load; the
 * canvas renderer is what lets a chart be saved as PNG.
 */
export function EChart({ option, height, handle, ariaLabel, testId }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const key = JSON.stringify(option);

  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, null, { renderer: 'canvas' });
    instance.setOption({ aria: { enabled: true }, animation: false, ...option });
    handle.current = { pngDataUrl: () => instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }) };
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      handle.current = null;
      instance.dispose();
    };
    // The option is compared by value: a new object with the same numbers does not redraw.
  }, [key]);

  return <div ref={box} role="img" aria-label={ariaLabel} data-testid={testId} style={{ width: '100%', height }} />;
}
