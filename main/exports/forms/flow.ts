// Forms whose length depends on the data (a plan record with many hour lines, an award list of a
// whole county) are written top to bottom into a flow: a block that does not fit on the page left
// starts a new page, whose top repeats the form's name and whose instance it belongs to, so a
// loose sheet still says what it is. Tables longer than a page go through drawPagedTable.

import type { PdfBook, PdfSection } from '../pdf/book.ts';
import type { PageDraft } from '../pdf/draft.ts';
import { GRAY, mm } from '../pdf/geometry.ts';
import { MARGIN, addFooters, contentWidth, drawTitle, type TitleLine } from '../pdf/pageFrame.ts';
import { drawPagedTable, drawTable, rowHeight, type DrawnTable, type TableRow, type TableStyle } from '../pdf/table.ts';

/** Room kept free above the footer line. */
const FOOT_ROOM = mm(4);

export interface FlowHead {
  /** Title lines of the first page. */
  first: readonly TitleLine[];
  /** One small line atop every following page: '教師自我專業進修規劃記錄（續）— 林婷萱'. */
  continued: string;
}

export class PageFlow {
  readonly book: PdfBook;
  readonly section: PdfSection;
  readonly #head: FlowHead;
  page: PageDraft;
  y: number;

  constructor(book: PdfBook, label: string, head: FlowHead) {
    this.book = book;
    this.#head = head;
    this.section = book.section(label);
    this.page = book.page(this.section);
    this.y = drawTitle(this.page, head.first) + mm(2);
  }

  get x(): number {
    return MARGIN.left;
  }

  get width(): number {
    return contentWidth(this.page);
  }

  /** The lowest y content may reach. */
  get bottom(): number {
    return this.page.height - MARGIN.bottom - FOOT_ROOM;
  }

  newPage(): void {
    this.page = this.book.page(this.section);
    this.page.text(this.#head.continued, MARGIN.left, MARGIN.top, { size: 9, color: GRAY, maxWidth: this.width });
    this.y = MARGIN.top + mm(7);
  }

  /** Starts a new page unless `height` more fits on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  /** A numbered heading ('一、基本資料'), kept on the same page as what follows it. */
  heading(text: string, keepWith = mm(20)): void {
    this.ensure(mm(8) + keepWith);
    this.page.text(text, this.x, this.y, { size: 12, weight: 'bold', lineHeight: 1.4 });
    this.y += mm(7.5);
  }

  /** Small wrapped text (notes, explanations). */
  note(text: string, options: { size?: number; gray?: boolean } = {}): void {
    const style = { size: options.size ?? 9.5, lineHeight: 1.5, ...(options.gray ? { color: GRAY } : {}) };
    const lines = this.page.wrap(text, this.width, style).length;
    this.ensure(lines * this.page.lineHeight(style));
    this.y = this.page.paragraph(text, { x: this.x, top: this.y, width: this.width }, style);
  }

  gap(height = mm(4)): void {
    this.y += height;
  }

  /** A short table kept whole: on this page if it fits, else atop the next. */
  table(rows: readonly TableRow[], style: TableStyle): DrawnTable {
    this.ensure(rows.reduce((h, row) => h + rowHeight(this.page, row, style), 0));
    const drawn = drawTable(this.page, rows, style, { x: this.x, top: this.y });
    this.y = drawn.bottom;
    return drawn;
  }

  /** A table over as many pages as it needs, its header row repeated on each. */
  pagedTable(header: readonly TableRow[], rows: readonly TableRow[], style: TableStyle): void {
    let first = true;
    const end = drawPagedTable(header, rows, style, this.x, () => {
      // Header plus one row must fit where the table starts; otherwise it starts on the next page.
      if (!first || this.y + mm(20) > this.bottom) this.newPage();
      first = false;
      return { page: this.page, top: this.y, bottom: this.bottom };
    });
    this.page = end.page;
    this.y = end.bottom;
  }

  /** Page numbers and the print date on every page of the section. */
  finish(form: string, printedOn: Date): void {
    addFooters(this.section, { form, printedOn });
  }
}
