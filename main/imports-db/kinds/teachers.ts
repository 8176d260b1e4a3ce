// 教師名單: the roster of a school year, one row per teacher, matched by national ID. A teacher who
// moved school is the same person with another school (replaced).
//
// Teachers of the schools this roster covers who are not in it are listed (未出現在新名冊) and left
// as they are: a roster may be partial or late, so marking them as left is the officer's decision,
// taken afterwards with the confirm action. A school counts as covered when at least one of its
// rows was accepted; a teacher whose row was rejected for an unknown school is not listed either.

import type { RecordFor } from '../../imports/index.ts';
import { addMissingTeachers } from '../../../db/queries/importHistory.ts';
import { defaultsOf, duplicate, firstRows, tableWriter, valuesOf, type Field, type KindWriter, type Row, type WriterContext } from '../writerKit.ts';
import { schoolLookup, unknownSchool } from './lookups.ts';

type TeacherRecord = RecordFor<'teachers'>;

const FIELDS: readonly Field[] = [
  { column: 'name', key: 'name' },
  { column: 'job_title', key: 'title' },
  { column: 'subjects', key: 'subjects' },
  { column: 'account_status', key: 'accountStatus', fallback: '啟用中' },
  { column: 'employment_status', key: 'employmentStatus', fallback: '在職' },
];
const COLUMNS = ['year', 'school_id', 'national_id', ...FIELDS.map((f) => f.column)];

export function teachersWriter(ctx: WriterContext): KindWriter<TeacherRecord> {
  const { sqlite, year } = ctx;
  const find = sqlite.prepare(`SELECT id, ${COLUMNS.join(', ')} FROM teachers WHERE year = ? AND national_id = ?`);
  const table = tableWriter(sqlite, 'teachers', COLUMNS);
  const schoolOf = schoolLookup(sqlite, year);
  const ids = firstRows();
  const defaults = defaultsOf(FIELDS);
  const seen = new Set<number>();
  const covered = new Set<number>();

  return {
    write(record) {
      const earlier = ids.earlier(record.nationalId, record.row);
      if (earlier !== null) return duplicate(ctx.header('nationalId'), earlier, '身分證字號');
      const existing = find.get(year, record.nationalId) as (Row & { id: number }) | undefined;
      if (existing) seen.add(existing.id);
      const schoolId = schoolOf(record.schoolCode);
      if (schoolId === null) return [{ column: ctx.header('schoolCode'), reason: unknownSchool(year, record.schoolCode) }];
      covered.add(schoolId);
      const values = { ...valuesOf(record, FIELDS, ctx.present), school_id: schoolId };
      const result = table.put(existing, values, { ...defaults, year, national_id: record.nationalId });
      seen.add(result.id);
      return result.outcome;
    },
    finish() {
      if (covered.size === 0) return { missing: 0 };
      const active = sqlite
        .prepare("SELECT id, school_id FROM teachers WHERE year = ? AND employment_status = '在職'")
        .all(year) as { id: number; school_id: number }[];
      const missing = active.filter((t) => covered.has(t.school_id) && !seen.has(t.id)).map((t) => t.id);
      addMissingTeachers(sqlite, ctx.importId, missing);
      return { missing: missing.length };
    },
  };
}
