// 教師規劃: one plan per teacher on the year's roster, matched by national ID (formats.md). A plan
// whose teacher is not on the roster is rejected with the reason: the roster at the cutoff decides
// who is counted, so the officer adds the teacher to the roster (or corrects the ID) and imports again.
import { maskNationalId } from '../../engine/nationalId.ts';
import type { RecordFor } from '../../imports/index.ts';
import type { Field, KindWriter, WriterContext } from '../writerKit.ts';
import { planImportWriter, PLAN_NEED_FIELDS } from './planImport.ts';

type TeacherPlanRecord = RecordFor<'teacher-plans'>;

const FIELDS: readonly Field[] = [
  { column: 'filed_school_code', key: 'schoolCode' },
  { column: 'education', key: 'education' },
  { column: 'service_years', key: 'serviceYears' },
  { column: 'stage', key: 'stage' },
  { column: 'grade', key: 'grade' },
  ...PLAN_NEED_FIELDS,
];

interface RosterTeacher {
  id: number;
  school_id: number;
  authority_id: number;
  school_code: string;
}

export function teacherPlansWriter(ctx: WriterContext): KindWriter<TeacherPlanRecord> {
  const { sqlite, year } = ctx;
  // The year's roster read once: a county file asks for each teacher twice or more (plan, log).
  const roster = new Map(
    (sqlite
      .prepare(`SELECT t.national_id, t.id, t.school_id, s.authority_id, s.code AS school_code FROM teachers t JOIN schools s ON s.id = t.school_id WHERE t.year = ?`)
      .all(year) as (RosterTeacher & { national_id: string })[]).map((t) => [t.national_id, t]),
  );
  return planImportWriter(
    {
      kind: 'teacher',
      ownerColumn: 'teacher_id',
      sheetNames: { plans: '教師規劃', hours: '教師規劃時數', log: '狀態紀錄' },
      keyColumn: 'nationalId',
      fields: FIELDS,
      owner(nationalId, record) {
        const teacher = roster.get(nationalId);
        if (!teacher) return `身分證字號 ${maskNationalId(nationalId)} 不在 ${year} 學年度的教師名單上，本列未匯入（請先更新教師名單或更正身分證字號）`;
        const filed = typeof record.schoolCode === 'string' ? record.schoolCode : null;
        return {
          ownerId: teacher.id,
          columns: { year, school_id: teacher.school_id, authority_id: teacher.authority_id },
          ...(filed !== null && filed !== teacher.school_code
            ? { note: `填報學校代碼 ${filed} 與教師名單上的學校（${teacher.school_code}）不同；規劃計入名單上的學校` }
            : {}),
        };
      },
      shown: (nationalId) => `身分證字號 ${maskNationalId(nationalId)}`,
    },
    ctx,
  ) as KindWriter<TeacherPlanRecord>;
}
