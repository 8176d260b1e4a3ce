// Printing from inside the app: a form's pages drawn as images at print resolution by the preview's
// renderer (pdf/preview.ts), written into a fresh temporary folder with the print document beside
// them (printDocument.ts). The desktop app shows that document in a hidden window and opens the
// system print dialog; the folder is removed afterwards by whoever asked for it.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../../db/connection.ts';
import { AppError } from '../api/errors.ts';
import { checkOutputPath } from '../api/outputPath.ts';
import { availableForm, checkFilters } from './forms/index.ts';
import type { FormScope } from './forms/types.ts';
import { PdfBook } from './pdf/book.ts';
import { previewPage } from './pdf/preview.ts';
import { printDocumentHtml, type PrintPage } from './printDocument.ts';

/** Sharp for text and rules on any office printer, and about 0.3 MB a page as PNG. */
export const PRINT_DPI = 200;

/**
 * More than this goes through a PDF viewer instead: a few hundred page images are a few hundred
 * megabytes of print spool, and a viewer prints a saved PDF page by page.
 */
export const MAX_PRINT_PAGES = 300;

export interface PrintJob {
  /** The print document (HTML) in `dir`; the page images lie beside it. */
  htmlPath: string;
  dir: string;
  pages: number;
  /** The print job's name: '113學年度 學校基本資料表 — 臺中市'. */
  title: string;
}

export interface PrintOptions {
  printedOn?: Date;
  dpi?: number;
  maxPages?: number;
  onProgress?: (done: number, total: number) => void;
  cancelled?: () => boolean;
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function stopIfCancelled(options: PrintOptions): void {
  if (options.cancelled?.()) throw new AppError('CANCELLED', '已取消列印。');
}

function tooMany(pages: string, max: number): AppError {
  return new AppError(
    'TOO_MANY_PAGES',
    `這個範圍${pages}，超過直接列印的上限 ${max} 頁。請縮小範圍（例如只選一個主管機關），或按「另存 PDF」後用 PDF 閱讀程式開啟並列印。`,
  );
}

/** Lays out the scope's form and writes its pages as PNGs and the print document into `dir`. */
export async function preparePrintJob(store: Store, formId: string, scope: FormScope, dir: string, options: PrintOptions = {}): Promise<PrintJob> {
  const form = availableForm(formId);
  checkFilters(form, scope);
  const instances = await form.load(store, scope);
  if (instances.length === 0) throw new AppError('NOT_FOUND', '這個範圍內沒有可列印的資料。');
  const max = options.maxPages ?? MAX_PRINT_PAGES;
  const book = new PdfBook();
  const ctx = { year: scope.year, printedOn: options.printedOn ?? new Date() };
  for (const instance of instances) {
    const drawing = form.draw(book, instance, ctx);
    if (drawing) await drawing;
    // Stop laying out as soon as the cap is passed: 3,500 school sheets need not all be drawn to say no.
    if (book.pageCount > max) throw tooMany(instances.length > 1 ? `有 ${instances.length.toLocaleString('zh-TW')} 份，超過 ${max} 頁` : `共 ${book.pageCount} 頁以上`, max);
  }
  const drafts = book.sections.flatMap((s) => s.pages);
  const pages: PrintPage[] = [];
  for (const [i, draft] of drafts.entries()) {
    stopIfCancelled(options);
    options.onProgress?.(i, drafts.length);
    const shown = await previewPage(book, i, options.dpi ?? PRINT_DPI);
    const name = `page-${String(i + 1).padStart(4, '0')}.png`;
    writeFileSync(checkOutputPath(join(dir, name), ['.png'], () => false), shown.png);
    pages.push({ src: name, width: draft.width, height: draft.height });
    await turn();
  }
  stopIfCancelled(options);
  options.onProgress?.(drafts.length, drafts.length);
  const label = instances.length === 1 ? (instances[0]?.label ?? '') : (scope.authority ?? '');
  const title = `${scope.year}學年度 ${form.title}${label ? ` — ${label}` : ''}`;
  const htmlPath = checkOutputPath(join(dir, 'print.html'), ['.html'], () => false);
  writeFileSync(htmlPath, printDocumentHtml(pages, title));
  return { htmlPath, dir, pages: pages.length, title };
}
