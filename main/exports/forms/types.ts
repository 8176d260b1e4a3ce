// What a printable form is: it loads its instances for a scope (a year, narrowed by authority,
// school or teacher) and draws each instance as one section of a PDF book. Forms that wait for
// data the app does not hold yet are listed too, with the reason, so the officer sees them coming.

import type { Store } from '../../../db/connection.ts';
import type { PdfBook } from '../pdf/book.ts';

export type FormFilter = 'authority' | 'school' | 'teacher' | 'run';

export interface FormScope {
  year: number;
  /** An authority's name, in any spelling officers use ('台中市', '臺中市政府教育局'). */
  authority?: string;
  /** A school's code. */
  school?: string;
  /** A teacher's national ID. */
  teacher?: string;
  /** An award run's id (award lists; the latest run of the year when left out). */
  run?: number;
}

/** One filled-in form: a school's sheet, an authority's contact sheet. */
export interface FormInstance<D> {
  /** File name stem when a batch is written one file per instance: '013601_臺北市立建國高級中學'. */
  fileStem: string;
  /** Heading of its section: '臺北市立建國高級中學'. */
  label: string;
  data: D;
}

export interface FormContext {
  year: number;
  printedOn: Date;
}

export interface AvailableForm<D = unknown> {
  id: string;
  title: string;
  available: true;
  /** The filters that narrow it; any other is refused with a message. */
  filters: readonly FormFilter[];
  /** What one file of a folder batch holds. */
  splitBy: 'school' | 'authority' | 'teacher';
  load(store: Store, scope: FormScope): Promise<FormInstance<D>[]>;
  /** Adds the instance's pages to the book, as one section (asynchronously when it renders charts). */
  draw(book: PdfBook, instance: FormInstance<D>, ctx: FormContext): void | Promise<void>;
}

export interface PendingForm {
  id: string;
  title: string;
  available: false;
  /** Why it cannot be printed yet, for the officer. */
  reason: string;
}

export type FormEntry = AvailableForm | PendingForm;

/** Registers a form with its own data type; the registry holds them all as AvailableForm. */
export function defineForm<D>(form: AvailableForm<D>): AvailableForm {
  return form as unknown as AvailableForm;
}
