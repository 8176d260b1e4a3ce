// Printing a form for a scope: every instance laid out into one book and written as one PDF (the
// font subset once for the whole batch), or one PDF per instance in a folder.

import { join } from 'node:path';
import type { Store } from '../../../db/connection.ts';
import { AppError } from '../../api/errors.ts';
import { PdfBook } from '../pdf/book.ts';
import { previewPage } from '../pdf/preview.ts';
import { saveFile } from '../saveFile.ts';
import { writePdf } from '../pdf/writePdf.ts';
import { availableForm, checkFilters } from './index.ts';
import type { AvailableForm, FormInstance, FormScope } from './types.ts';

export interface RenderOptions {
  /** The date in the footers; today unless a test fixes it. */
  printedOn?: Date;
  onProgress?: (done: number, total: number) => void;
  /** Asked between instances; true stops the export before anything is written. */
  cancelled?: () => boolean;
  /** A folder batch: called with each file's path before it is written; throws to refuse it. */
  checkPath?: (path: string) => void | Promise<void>;
}

/** Instances laid out between two looks at the event loop (progress, a cancel, other calls). */
const INSTANCES_PER_TURN = 250;

function stopIfCancelled(options: RenderOptions): void {
  if (options.cancelled?.()) throw new AppError('CANCELLED', '已取消列印，沒有寫入任何檔案。');
}

/** Lets the event loop run: the window's other calls, progress events and a cancel get through. */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface WrittenFile {
  path: string;
  pages: number;
  bytes: number;
}

export interface FormOutput {
  form: string;
  files: WrittenFile[];
  /** Form instances printed: schools, contact persons. */
  instances: number;
  pages: number;
  /** Characters the font lacks, printed as 〓 — the officer should check these by hand. */
  missingGlyphs: string[];
}

async function prepare(store: Store, formId: string, scope: FormScope) {
  const form = availableForm(formId);
  checkFilters(form, scope);
  const instances = await form.load(store, scope);
  return { form, instances };
}

function metaOf(form: AvailableForm, scope: FormScope, label: string) {
  return { title: `${scope.year}學年度 ${form.title}${label ? ` — ${label}` : ''}`, subject: '學校本位暨教師自我專業進修研習規劃服務' };
}

async function renderBook(form: AvailableForm, instances: readonly FormInstance<unknown>[], scope: FormScope, options: RenderOptions) {
  const book = new PdfBook();
  const ctx = { year: scope.year, printedOn: options.printedOn ?? new Date() };
  for (const [i, instance] of instances.entries()) {
    const drawing = form.draw(book, instance, ctx);
    // Only forms with charts draw asynchronously; the others are not slowed by an await per page.
    if (drawing) await drawing;
    if (i % INSTANCES_PER_TURN === 0) {
      options.onProgress?.(i, instances.length);
      await turn();
      stopIfCancelled(options);
    }
  }
  const label = instances.length === 1 ? (instances[0]?.label ?? '') : (scope.authority ?? '');
  return writePdf(book, { ...metaOf(form, scope, label), now: options.printedOn });
}

/** Every instance of the scope in one file. */
export async function printForm(store: Store, formId: string, scope: FormScope, out: string, options: RenderOptions = {}): Promise<FormOutput> {
  const { form, instances } = await prepare(store, formId, scope);
  const pdf = await renderBook(form, instances, scope, options);
  stopIfCancelled(options);
  await saveFile(out, pdf.bytes);
  options.onProgress?.(instances.length, instances.length);
  return {
    form: form.id,
    files: [{ path: out, pages: pdf.pages, bytes: pdf.bytes.length }],
    instances: instances.length,
    pages: pdf.pages,
    missingGlyphs: pdf.missingGlyphs,
  };
}

/** One file per instance (per school, per contact person) in `folder`, named by the instance. */
export async function printFormToFolder(store: Store, formId: string, scope: FormScope, folder: string, options: RenderOptions = {}): Promise<FormOutput> {
  const { form, instances } = await prepare(store, formId, scope);
  const files: WrittenFile[] = [];
  const missing = new Set<string>();
  const used = new Set<string>();
  for (const [i, instance] of instances.entries()) {
    let stem = instance.fileStem;
    for (let n = 2; used.has(stem); n++) stem = `${instance.fileStem}_${n}`;
    used.add(stem);
    if (options.cancelled?.()) throw new AppError('CANCELLED', `已取消列印；已完成的 ${files.length} 個檔案留在「${folder}」。`);
    const pdf = await renderBook(form, [instance], scope, { printedOn: options.printedOn });
    const path = join(folder, `${stem}.pdf`);
    await options.checkPath?.(path);
    await saveFile(path, pdf.bytes, { createDir: i === 0 });
    files.push({ path, pages: pdf.pages, bytes: pdf.bytes.length });
    for (const c of pdf.missingGlyphs) missing.add(c);
    options.onProgress?.(i + 1, instances.length);
  }
  if (files.length === 0) throw new AppError('NOT_FOUND', '這個範圍內沒有可列印的資料。');
  return { form: form.id, files, instances: instances.length, pages: files.reduce((n, f) => n + f.pages, 0), missingGlyphs: [...missing] };
}

export interface FormPreview {
  png: Uint8Array;
  width: number;
  height: number;
  /** The page shown (1-based, counted over the instances in order). */
  page: number;
  /** The instance the page belongs to, and its page count. */
  label: string;
  instancePages: number;
  instances: number;
}

/**
 * Page `page` of what printing the scope would give, as a PNG — laying out only the instances up
 * to that page, so previewing 3,500 school sheets costs one sheet.
 */
export async function previewForm(store: Store, formId: string, scope: FormScope, page = 1, options: { printedOn?: Date } = {}): Promise<FormPreview> {
  const { form, instances } = await prepare(store, formId, scope);
  const book = new PdfBook();
  const ctx = { year: scope.year, printedOn: options.printedOn ?? new Date() };
  for (const instance of instances) {
    const before = book.pageCount;
    const drawing = form.draw(book, instance, ctx);
    if (drawing) await drawing;
    if (book.pageCount >= page) {
      const shown = await previewPage(book, page - 1);
      return { ...shown, page, label: instance.label, instancePages: book.pageCount - before, instances: instances.length };
    }
  }
  throw new AppError('NOT_FOUND', `列印結果只有 ${book.pageCount} 頁，沒有第 ${page} 頁。`);
}
