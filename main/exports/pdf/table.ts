// Ruled tables as the paper forms have them: label cells shaded, values wrapped inside their cell
// and centred vertically, rows as tall as their text needs (never less than `minHeight`), cells
// spanning columns. A table too long for one page continues on the next with its header again.

import type { PageDraft, Align } from './draft.ts';
import type { FontWeight } from './fontFiles.ts';
import type { Box, Color } from './geometry.ts';

export interface TableCell {
  text?: string;
  /** Columns the cell covers (default 1). */
  span?: number;
  align?: Align;
  weight?: FontWeight;
  size?: number;
  fill?: Color;
  color?: Color;
  /** Draws the cell's content itself (a seal area, a checkbox row) instead of text. */
  draw?: (page: PageDraft, box: Box) => void;
}

export interface TableRow {
  cells: readonly TableCell[];
  minHeight?: number;
}

export interface TableStyle {
  /** Column widths in points; they add up to the table's width. */
  widths: readonly number[];
  size?: number;
  padding?: number;
  lineWidth?: number;
  /** The outer frame, drawn heavier like the printed forms. */
  frameWidth?: number;
}

const LINE_HEIGHT = 1.35;

interface PlacedCell {
  cell: TableCell;
  x: number;
  width: number;
}

function place(row: TableRow, style: TableStyle, left: number): PlacedCell[] {
  const placed: PlacedCell[] = [];
  let col = 0;
  let x = left;
  for (const cell of row.cells) {
    const span = cell.span ?? 1;
    const width = style.widths.slice(col, col + span).reduce((a, b) => a + b, 0);
    placed.push({ cell, x, width });
    x += width;
    col += span;
  }
  return placed;
}

function cellLines(page: PageDraft, cell: TableCell, width: number, style: TableStyle): string[] {
  if (cell.text === undefined || cell.text === '') return [];
  const size = cell.size ?? style.size ?? 10.5;
  return page.wrap(cell.text, width - 2 * (style.padding ?? 4), { size, weight: cell.weight });
}

/** The height a row needs at these column widths. */
export function rowHeight(page: PageDraft, row: TableRow, style: TableStyle): number {
  const padding = style.padding ?? 4;
  let needed = row.minHeight ?? 0;
  for (const { cell, width } of place(row, style, 0)) {
    const size = cell.size ?? style.size ?? 10.5;
    const lines = cellLines(page, cell, width, style).length;
    needed = Math.max(needed, lines * size * LINE_HEIGHT + 2 * padding);
  }
  return needed;
}

function drawRow(page: PageDraft, row: TableRow, style: TableStyle, left: number, top: number, height: number): Box[] {
  const padding = style.padding ?? 4;
  const boxes: Box[] = [];
  for (const { cell, x, width } of place(row, style, left)) {
    const box = { x, y: top, width, height };
    boxes.push(box);
    page.rect(x, top, width, height, { fill: cell.fill, lineWidth: style.lineWidth ?? 0.6 });
    if (cell.draw) {
      cell.draw(page, box);
      continue;
    }
    const size = cell.size ?? style.size ?? 10.5;
    const lines = cellLines(page, cell, width, style);
    const step = size * LINE_HEIGHT;
    const firstTop = top + (height - lines.length * step) / 2;
    lines.forEach((line, i) => {
      page.text(line, x + padding, firstTop + i * step, {
        size,
        weight: cell.weight,
        color: cell.color,
        lineHeight: LINE_HEIGHT,
        align: cell.align ?? 'left',
        maxWidth: width - 2 * padding,
      });
    });
  }
  return boxes;
}

export interface DrawnTable {
  /** The y of the table's bottom edge. */
  bottom: number;
  /** Each cell's box, by row and cell: where a form writes its values later. */
  cells: Box[][];
}

/** Draws the rows from `top` down. */
export function drawTable(page: PageDraft, rows: readonly TableRow[], style: TableStyle, at: { x: number; top: number }): DrawnTable {
  let y = at.top;
  const cells: Box[][] = [];
  for (const row of rows) {
    const h = rowHeight(page, row, style);
    cells.push(drawRow(page, row, style, at.x, y, h));
    y += h;
  }
  const width = style.widths.reduce((a, b) => a + b, 0);
  if (style.frameWidth) page.rect(at.x, at.top, width, y - at.top, { lineWidth: style.frameWidth });
  return { bottom: y, cells };
}

export interface TablePage {
  page: PageDraft;
  top: number;
  /** The lowest y the table may reach on this page. */
  bottom: number;
}

/**
 * A table over as many pages as it needs: `nextPage` supplies each page (already framed with its
 * titles); `header` rows are repeated at the top of every page. Returns the last page and the y
 * below the table.
 */
export function drawPagedTable(
  header: readonly TableRow[],
  rows: readonly TableRow[],
  style: TableStyle,
  x: number,
  nextPage: () => TablePage,
): { page: PageDraft; bottom: number } {
  let current = nextPage();
  let y = drawTable(current.page, header, style, { x, top: current.top }).bottom;
  let pageTop = current.top;
  const frame = () => {
    if (style.frameWidth) current.page.rect(x, pageTop, style.widths.reduce((a, b) => a + b, 0), y - pageTop, { lineWidth: style.frameWidth });
  };
  for (const row of rows) {
    const h = rowHeight(current.page, row, style);
    if (y + h > current.bottom) {
      frame();
      current = nextPage();
      pageTop = current.top;
      y = drawTable(current.page, header, style, { x, top: current.top }).bottom;
    }
    drawRow(current.page, row, style, x, y, h);
    y += h;
  }
  frame();
  return { page: current.page, bottom: y };
}
