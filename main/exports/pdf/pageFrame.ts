// What frames every page: the title block at the top and, at the foot, the form's name, the page
// number within its section ("第 1 頁，共 2 頁" — a school's sheet in a batch of 3,500 is still page
// 1 of 1) and the ROC date it was printed.

import { formatRocDate } from '../../engine/rocDate.ts';
import type { PdfSection } from './book.ts';
import type { PageDraft } from './draft.ts';
import { GRAY, mm } from './geometry.ts';

export const MARGIN = { top: mm(16), right: mm(18), bottom: mm(18), left: mm(18) } as const;

/** The printable width between the side margins. */
export function contentWidth(page: PageDraft): number {
  return page.width - MARGIN.left - MARGIN.right;
}

export interface TitleLine {
  text: string;
  size: number;
  weight?: 'regular' | 'bold';
}

/** Centred title lines from `top`; returns the y below them. */
export function drawTitle(page: PageDraft, lines: readonly TitleLine[], top: number = MARGIN.top): number {
  let y = top;
  for (const line of lines) {
    page.text(line.text, MARGIN.left, y, { size: line.size, weight: line.weight ?? 'bold', align: 'center', maxWidth: contentWidth(page), lineHeight: 1.5 });
    y += line.size * 1.5;
  }
  return y;
}

export interface FooterText {
  /** Left of the foot: the form's name. */
  form: string;
  printedOn: Date | string;
}

// Formatting a ROC date goes through Intl and costs more than laying out the rest of a footer.
let lastDate: { key: string; label: string } | null = null;
function printedLabel(on: Date | string): string {
  const key = typeof on === 'string' ? on : on.toISOString();
  if (lastDate?.key !== key) lastDate = { key, label: `列印日期：${formatRocDate(on, 'long')}` };
  return lastDate.label;
}

/** Numbers the pages of a section and dates them; call once the section has all its pages. */
export function addFooters(section: PdfSection, footer: FooterText): void {
  const total = section.pages.length;
  const date = printedLabel(footer.printedOn);
  section.pages.forEach((page, i) => {
    const top = page.height - MARGIN.bottom + mm(5);
    const width = contentWidth(page);
    const style = { size: 8.5, color: GRAY, maxWidth: width / 3 } as const;
    page.line(MARGIN.left, top - mm(1.5), page.width - MARGIN.right, top - mm(1.5), { color: GRAY, lineWidth: 0.4 });
    page.text(footer.form, MARGIN.left, top, { ...style, align: 'left' });
    page.text(`第 ${i + 1} 頁，共 ${total} 頁`, MARGIN.left + width / 3, top, { ...style, align: 'center' });
    page.text(date, MARGIN.left + (2 * width) / 3, top, { ...style, align: 'right' });
  });
}
