// A page of a laid-out book as a PNG, for the preview on the export screen: the page's recorded
// operations are written as SVG (the same coordinates, fonts and images the PDF gets) and drawn
// by resvg with the same Noto Sans TC subset the charts use. No PDF renderer ships with the app,
// and none is needed: the drafts hold everything the page shows.

import { svgToPng } from '../charts/renderChart.ts';
import type { PdfBook } from './book.ts';
import type { Op } from './draft.ts';
import { FONT_FAMILY } from './fontFiles.ts';
import type { Color } from './geometry.ts';

const n = (value: number): string => String(Math.round(value * 100) / 100);
const rgb = (c: Color): string => `rgb(${c.map((v) => Math.round(v * 255)).join(',')})`;
const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const dash = (d: readonly number[] | null): string => (d ? ` stroke-dasharray="${d.map(n).join(' ')}"` : '');

function svgOps(ops: readonly Op[], book: PdfBook): string {
  let out = '';
  for (const op of ops) {
    switch (op.kind) {
      case 'text':
        out += `<text x="${n(op.x)}" y="${n(op.baseline)}" font-size="${n(op.size)}" font-weight="${op.weight === 'bold' ? 700 : 400}" fill="${rgb(op.color)}" xml:space="preserve">${esc(op.text)}</text>`;
        break;
      case 'rect':
        out +=
          `<rect x="${n(op.x)}" y="${n(op.y)}" width="${n(op.width)}" height="${n(op.height)}" fill="${op.fill ? rgb(op.fill) : 'none'}"` +
          (op.stroke ? ` stroke="${rgb(op.stroke)}" stroke-width="${n(op.lineWidth)}"${dash(op.dash)}` : '') +
          '/>';
        break;
      case 'line':
        out += `<line x1="${n(op.x1)}" y1="${n(op.y1)}" x2="${n(op.x2)}" y2="${n(op.y2)}" stroke="${rgb(op.color)}" stroke-width="${n(op.lineWidth)}"${dash(op.dash)}/>`;
        break;
      case 'image': {
        const png = book.images.get(op.key);
        if (png) {
          out += `<image x="${n(op.x)}" y="${n(op.y)}" width="${n(op.width)}" height="${n(op.height)}" preserveAspectRatio="none" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/>`;
        }
        break;
      }
      case 'template': {
        const template = book.templates.get(op.id);
        if (template) out += svgOps(template.ops, book);
        break;
      }
    }
  }
  return out;
}

export interface PagePreview {
  png: Uint8Array;
  /** Pixels of the PNG. */
  width: number;
  height: number;
}

/** Page `index` (0-based, over all sections) at `dpi` (96 is about the size of the paper on screen). */
export async function previewPage(book: PdfBook, index: number, dpi = 96): Promise<PagePreview> {
  const page = book.sections.flatMap((s) => s.pages)[index];
  if (!page) throw new RangeError(`no page ${index}`);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(page.width)}" height="${n(page.height)}" viewBox="0 0 ${n(page.width)} ${n(page.height)}" font-family="${FONT_FAMILY}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${svgOps(page.ops, book)}</svg>`;
  const scale = dpi / 72;
  const png = await svgToPng(svg, { width: page.width, height: page.height, scale });
  return { png, width: Math.round(page.width * scale), height: Math.round(page.height * scale) };
}
