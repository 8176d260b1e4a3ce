// Printing a form for a scope: every instance laid out into one book and written as one PDF (the
// font subset once for the whole batch), or one PDF per instance in a folder.

import { join } from 'node:path';
import type { Store } from '../../../db/connection.ts';
import { AppError } from '../../api/errors.ts';
import { PdfBook } from '../pdf/book.ts';
import { saveFile } from '../saveFile.ts';
import { writePdf } from '../pdf/writePdf.ts';
import { availableForm, checkFilters } from './index.ts';
import type { AvailableForm, FormInstance, FormScope } from './types.ts';

export interface RenderOptions {
  /** The date in the footers; today unless a test fixes it. */
  printedOn?: Date;
  onProgress?: (done: number, total: number) => void;
}

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
    if (i % 250 === 0) options.onProgress?.(i, instances.length);
  }
  const label = instances.length === 1 ? (instances[0]?.label ?? '') : (scope.authority ?? '');
  return writePdf(book, { ...metaOf(form, scope, label), now: options.printedOn });
}

/** Every instance of the scope in one file. */
export async function printForm(store: Store, formId: string, scope: FormScope, out: string, options: RenderOptions = {}): Promise<FormOutput> {
  const { form, instances } = await prepare(store, formId, scope);
  const pdf = await renderBook(form, instances, scope, options);
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
    const pdf = await renderBook(form, [instance], scope, { printedOn: options.printedOn });
    const path = join(folder, `${stem}.pdf`);
    await saveFile(path, pdf.bytes, { createDir: i === 0 });
    files.push({ path, pages: pdf.pages, bytes: pdf.bytes.length });
    for (const c of pdf.missingGlyphs) missing.add(c);
    options.onProgress?.(i + 1, instances.length);
  }
  if (files.length === 0) throw new AppError('NOT_FOUND', '這個範圍內沒有可列印的資料。');
  return { form: form.id, files, instances: instances.length, pages: files.reduce((n, f) => n + f.pages, 0), missingGlyphs: [...missing] };
}
