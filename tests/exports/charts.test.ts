import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { barChartPng, barOption } from '../../main/exports/charts/barChart.ts';
import { domainSlices, pieChartPng, pieOption } from '../../main/exports/charts/pieChart.ts';
import { chartSvg, svgToPng } from '../../main/exports/charts/renderChart.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];
const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe('charts for PDFs', () => {
  it('names the six domains in order and leaves out empty ones', () => {
    const slices = domainSlices({ '1': 10, '4': 5 });
    expect(slices.map((s) => s.name)).toEqual(['1. 課程、教學及評量', '2. 班級經營與輔導', '3. 專業發展與責任', '4. 新興教育政策', '5. 學校行政與領導', '6. 實用知能與生活素養']);
    const svg = chartSvg(pieOption(slices, { unit: '小時' }), { width: 360, height: 260 });
    // Labels too wide for the chart wrap onto more lines instead of losing their end.
    const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
    expect(text).toContain('1. 課程、教學及評量');
    expect(text).toContain('10 小時（66.7%）');
    expect(text).toContain('4. 新興教育政策');
    expect(text).not.toContain('班級經營與輔導');
    expect(text).not.toContain('...');
  });

  it('renders the pie as a PNG at the requested scale', async () => {
    const png = await pieChartPng(domainSlices({ '1': 18, '2': 9.5, '3': 6, '4': 20, '5': 7.7, '6': 6 }), { width: 400, height: 300, scale: 2 }, { title: '研習主題規劃比例圖', unit: '小時' });
    expect([...png.slice(0, 4)]).toEqual(PNG_SIGNATURE);
    // The size proves resvg took our options (an option it does not know makes it silently fall
    // back to its defaults — system fonts included).
    expect(pngSize(png)).toEqual({ width: 800, height: 600 });
  });

  it('draws its text with our font, not a system font', async () => {
    const svg = chartSvg(barOption(['臺北市'], [{ name: '校數', values: [3] }], { title: '填報進度' }), { width: 300, height: 200 });
    const withFont = await svgToPng(svg, { width: 300, height: 200, scale: 1 });
    const withoutFonts = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: [] } }).render().asPng();
    expect(Buffer.from(withFont).equals(withoutFonts)).toBe(false);
  });

  it('renders bars, horizontal or vertical', async () => {
    const png = await barChartPng(['臺北市', '新北市'], [{ name: '已填報', values: [10, 20] }, { name: '未填報', values: [1, 2] }], { width: 300, height: 200, scale: 1 }, { horizontal: true, unit: '校' });
    expect(pngSize(png)).toEqual({ width: 300, height: 200 });
  });
});
