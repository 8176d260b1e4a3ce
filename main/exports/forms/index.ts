// Every printable form, in the order the export page lists them. A new form is one file in this
// folder: `defineForm<Data>({ id, title, filters, splitBy, load, draw })` (types.ts), listed below
// (a form waiting for data the app does not hold yet is listed as a PendingForm with its reason). `load` turns a scope into instances (one per school, teacher, authority);
// `draw` lays one out as a section of the book — a `book.template(...)` for the static frame,
// `fitText` for values in fixed boxes, `drawPagedTable` for lists, `drawSealBoxes` for 核章, a chart
// via `book.image(key, await pieChartPng(...))`, then `addFooters`. The channels, the CLI and the
// batch modes need no change.

import { AppError } from '../../api/errors.ts';
import { awardListForm } from './awardList.ts';
import { contactSheetForm } from './contactSheet.ts';
import { remindersForm } from './reminders.ts';
import { schoolPlanForm } from './schoolPlan.ts';
import { schoolSheetForm } from './schoolSheet.ts';
import { statsReportForm } from './statsReport.ts';
import { teacherPlanForm } from './teacherPlan.ts';
import type { AvailableForm, FormEntry, FormScope } from './types.ts';

export const FORMS: readonly FormEntry[] = [
  teacherPlanForm,
  schoolPlanForm,
  awardListForm,
  contactSheetForm,
  schoolSheetForm,
  remindersForm,
  statsReportForm,
];

const FILTER_NAMES = { authority: '--authority（主管機關）', school: '--school（學校代碼）', teacher: '--teacher（教師身分證字號）', run: '--run（獎勵計算次別）' } as const;

/** The form by id, ready to print — or an error that says why not, in words an officer reads. */
export function availableForm(id: string): AvailableForm {
  const form = FORMS.find((f) => f.id === id);
  if (!form) {
    const known = FORMS.map((f) => `${f.id}（${f.title}${f.available ? '' : '，尚未提供'}）`).join('、');
    throw new AppError('UNKNOWN_FORM', `沒有名為「${id}」的表單。可列印的表單：${known}。`);
  }
  if (!form.available) throw new AppError('FORM_NOT_AVAILABLE', `目前還不能列印「${form.title}」：${form.reason}`);
  return form;
}

/** Refuses filters the form does not take, rather than silently printing more than was asked. */
export function checkFilters(form: AvailableForm, scope: FormScope): void {
  for (const filter of ['authority', 'school', 'teacher', 'run'] as const) {
    if (scope[filter] !== undefined && !form.filters.includes(filter)) {
      throw new AppError('BAD_FILTER', `「${form.title}」不能依 ${FILTER_NAMES[filter]} 篩選。`);
    }
  }
}
