// A page being laid out: what to draw, recorded as plain operations and measured with the full
// font's metrics. Nothing touches the PDF yet, so a whole batch can be laid out first and the font
// subset once for every glyph it uses (writePdf.ts).

import { MISSING_GLYPH, fontMetrics } from './fontMetrics.ts';
import type { FontWeight } from './fontFiles.ts';
import { BLACK, type Color } from './geometry.ts';
import { breakLines } from './lineBreak.ts';

export type Op =
  | { kind: 'text'; text: string; x: number; baseline: number; size: number; weight: FontWeight; color: Color }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; stroke: Color | null; fill: Color | null; lineWidth: number; dash: readonly number[] | null }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; color: Color; lineWidth: number; dash: readonly number[] | null }
  | { kind: 'image'; key: string; x: number; y: number; width: number; height: number }
  | { kind: 'template'; id: string };

export interface TextStyle {
  size: number;
  weight?: FontWeight;
  color?: Color;
  /** Line box height as a multiple of the size. */
  lineHeight?: number;
}

export type Align = 'left' | 'center' | 'right';

export interface StrokeStyle {
  color?: Color;
  lineWidth?: number;
  dash?: readonly number[];
}

/** Where a Han glyph's ideographic em box starts above the baseline, as a share of the size. */
const EM_TOP = 0.88;
const DEFAULT_LINE_HEIGHT = 1.4;
/** Single-line text may shrink this far to fit its width before it is cut. */
const MIN_SHRINK = 0.6;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u2028\u2029\ufeff]/g;

/** Collects the characters the font lacks, across the pages of one book. */
export interface GlyphReport {
  missing: Set<string>;
}

export class PageDraft {
  readonly width: number;
  readonly height: number;
  readonly ops: Op[] = [];
  readonly #report: GlyphReport;

  constructor(size: { width: number; height: number }, report: GlyphReport) {
    this.width = size.width;
    this.height = size.height;
    this.#report = report;
  }

  /** Text as the font can draw it: controls dropped, tabs as spaces, missing glyphs as 〓. */
  clean(text: string, weight: FontWeight = 'regular'): string {
    const metrics = fontMetrics(weight);
    let out = '';
    for (const char of text.replace(CONTROL, '').replace(/\t/g, ' ')) {
      if (char === '\n' || metrics.has(char)) out += char;
      else {
        this.#report.missing.add(char);
        out += MISSING_GLYPH;
      }
    }
    return out;
  }

  measure(text: string, size: number, weight: FontWeight = 'regular'): number {
    return fontMetrics(weight).width(text, size);
  }

  lineHeight(style: TextStyle): number {
    return style.size * (style.lineHeight ?? DEFAULT_LINE_HEIGHT);
  }

  /** The lines `text` breaks into within `width`. */
  wrap(text: string, width: number, style: TextStyle): string[] {
    const weight = style.weight ?? 'regular';
    const metrics = fontMetrics(weight);
    return breakLines(this.clean(text, weight), width, (t) => metrics.width(t, style.size));
  }

  /**
   * One line of text in a line box whose top is `top`. With `maxWidth` it shrinks to fit, down to
   * 60 % of its size; past that it is cut with an ellipsis, so nothing ever crosses a border.
   */
  text(text: string, x: number, top: number, style: TextStyle & { align?: Align; maxWidth?: number }): void {
    const weight = style.weight ?? 'regular';
    let line = this.clean(text, weight).replace(/\n/g, ' ');
    let size = style.size;
    if (style.maxWidth !== undefined) {
      const natural = this.measure(line, size, weight);
      if (natural > style.maxWidth) size = Math.max(style.size * MIN_SHRINK, (size * style.maxWidth) / natural);
      while (line.length > 1 && this.measure(line, size, weight) > style.maxWidth) line = `${[...line].slice(0, -2).join('')}…`;
    }
    const width = this.measure(line, size, weight);
    const boxWidth = style.maxWidth ?? 0;
    const left = style.align === 'center' ? x + (boxWidth - width) / 2 : style.align === 'right' ? x + boxWidth - width : x;
    const lineBox = style.size * (style.lineHeight ?? DEFAULT_LINE_HEIGHT);
    // The em box of the (possibly shrunk) glyphs is centred in the line box of the nominal size.
    const baseline = top + (lineBox - size) / 2 + size * EM_TOP;
    this.ops.push({ kind: 'text', text: line, x: left, baseline, size, weight, color: style.color ?? BLACK });
  }

  /** Wrapped text from `top` down; returns the y just below the last line. */
  paragraph(text: string, box: { x: number; top: number; width: number }, style: TextStyle & { align?: Align; indent?: number }): number {
    const indent = style.indent ?? 0;
    const lines = this.wrap(text, box.width - indent, style);
    const step = this.lineHeight(style);
    lines.forEach((line, i) => {
      this.text(line, box.x + indent, box.top + i * step, { ...style, maxWidth: box.width - indent });
    });
    return box.top + lines.length * step;
  }

  rect(x: number, y: number, width: number, height: number, style: StrokeStyle & { fill?: Color; stroke?: boolean } = {}): void {
    const stroke = style.stroke === false ? null : (style.color ?? BLACK);
    this.ops.push({ kind: 'rect', x, y, width, height, stroke, fill: style.fill ?? null, lineWidth: style.lineWidth ?? 0.75, dash: style.dash ?? null });
  }

  line(x1: number, y1: number, x2: number, y2: number, style: StrokeStyle = {}): void {
    this.ops.push({ kind: 'line', x1, y1, x2, y2, color: style.color ?? BLACK, lineWidth: style.lineWidth ?? 0.75, dash: style.dash ?? null });
  }

  image(key: string, x: number, y: number, width: number, height: number): void {
    this.ops.push({ kind: 'image', key, x, y, width, height });
  }

  /** Draws a template (see PdfBook.template) — shared by every page that uses it, stored once. */
  useTemplate(id: string): void {
    this.ops.push({ kind: 'template', id });
  }
}
