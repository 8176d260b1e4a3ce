// Charts for PDFs: ECharts renders the option server-side to SVG (no DOM, no canvas), resvg turns
// the SVG into a PNG with the same Noto Sans TC as the text around it, and the PNG is embedded.
// ECharts measures its labels with our font metrics, so the layout it computes is the one drawn.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { FONT_FAMILY, type FontWeight } from '../pdf/fontFiles.ts';
import { fontMetrics } from '../pdf/fontMetrics.ts';
import { subsetFontBytes, subsetTag } from '../pdf/fontSubset.ts';

let platformSet = false;

/** ECharts guesses text widths without a canvas; give it the real ones. */
function usePdfMetrics(): void {
  if (platformSet) return;
  platformSet = true;
  echarts.setPlatformAPI({
    measureText(text: string, font?: string) {
      const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
      const weight = /\bbold\b|\b[6-9]00\b/.test(font ?? '') ? 'bold' : 'regular';
      return { width: fontMetrics(weight).width(text, size) };
    },
  });
}

export interface ChartSize {
  /** In CSS pixels, which ECharts lays out in; the PNG has `scale` times as many. */
  width: number;
  height: number;
  /** 3 gives about 220 dpi for a chart 12 cm wide: sharp on paper, small in the file. */
  scale?: number;
}

export function chartSvg(option: EChartsOption, size: ChartSize): string {
  usePdfMetrics();
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ animation: false, backgroundColor: '#ffffff', textStyle: { fontFamily: FONT_FAMILY }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Every character the SVG can show, entities decoded (a superset of its text: markup is ASCII). */
function svgChars(svg: string): Set<string> {
  const decoded = svg.replace(/&#(x?)([0-9a-f]+);/gi, (_, hex: string, digits: string) => String.fromCodePoint(parseInt(digits, hex ? 16 : 10)));
  return new Set(decoded);
}

let fontDir: string | null = null;

/**
 * resvg-js 2.6.2 takes fonts only as files (`fontBuffers` is not in this version: an unknown option
 * makes it drop ALL options and fall back to the system's fonts). So each subset is written once
 * to a private temporary folder, named by its glyph set.
 */
async function subsetFontFile(weight: FontWeight, chars: Set<string>): Promise<string> {
  if (fontDir === null) {
    const dir = mkdtempSync(join(tmpdir(), 'inservice-chart-fonts-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    fontDir = dir;
  }
  const path = join(fontDir, `${subsetTag(chars)}-${weight}.ttf`);
  if (!existsSync(path)) writeFileSync(path, await subsetFontBytes(weight, chars));
  return path;
}

/** The SVG as a PNG, its text set in Noto Sans TC (never a system font) subset to what it shows. */
export async function svgToPng(svg: string, size: ChartSize): Promise<Uint8Array> {
  const chars = svgChars(svg);
  const fontFiles = await Promise.all([subsetFontFile('regular', chars), subsetFontFile('bold', chars)]);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: size.scale ?? 3 },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  });
  return new Uint8Array(resvg.render().asPng());
}

export async function renderChartPng(option: EChartsOption, size: ChartSize): Promise<Uint8Array> {
  return svgToPng(chartSvg(option, size), size);
}
