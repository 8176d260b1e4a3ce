// One writer per kind this app stores.

import type { KindWriter, WriterContext } from './writerKit.ts';
import type { RegistryImportKind } from './types.ts';
import { accountsWriter } from './kinds/accounts.ts';
import { authoritiesWriter } from './kinds/authorities.ts';
import { contactsWriter } from './kinds/contacts.ts';
import { coursesWriter } from './kinds/courses.ts';
import { schoolsWriter } from './kinds/schools.ts';
import { teachersWriter } from './kinds/teachers.ts';
import { schoolPlansWriter } from './kinds/schoolPlans.ts';
import { teacherPlansWriter } from './kinds/teacherPlans.ts';
import { surveyWriter } from './kinds/survey.ts';

const WRITERS = {
  authorities: authoritiesWriter,
  schools: schoolsWriter,
  teachers: teachersWriter,
  accounts: accountsWriter,
  contacts: contactsWriter,
  courses: coursesWriter,
  'school-plans': schoolPlansWriter,
  'teacher-plans': teacherPlansWriter,
  survey: surveyWriter,
} satisfies Record<Exclude<RegistryImportKind, 'hours'>, (ctx: WriterContext) => KindWriter<never>>;

/** The kind's writer, taking the records of that kind's batches. */
export function writerFor(kind: Exclude<RegistryImportKind, 'hours'>, ctx: WriterContext): KindWriter<Record<string, unknown> & { row: number }> {
  return WRITERS[kind](ctx) as unknown as KindWriter<Record<string, unknown> & { row: number }>;
}
