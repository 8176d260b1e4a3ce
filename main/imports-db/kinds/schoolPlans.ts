// 學校規劃: one plan per school of the year, matched by school code (formats.md).
import type { RecordFor } from '../../imports/index.ts';
import type { Field, KindWriter, WriterContext } from '../writerKit.ts';
import { unknownSchool } from './lookups.ts';
import { planImportWriter, PLAN_NEED_FIELDS } from './planImport.ts';

type SchoolPlanRecord = RecordFor<'school-plans'>;

const FIELDS: readonly Field[] = [{ column: 'students', key: 'studentCount' }, ...PLAN_NEED_FIELDS];

export function schoolPlansWriter(ctx: WriterContext): KindWriter<SchoolPlanRecord> {
  const { sqlite, year } = ctx;
  const schools = new Map(
    (sqlite.prepare('SELECT id, code, authority_id FROM schools WHERE year = ?').all(year) as { id: number; code: string; authority_id: number }[]).map((s) => [s.code, s]),
  );
  return planImportWriter(
    {
      kind: 'school',
      ownerColumn: 'school_id',
      sheetNames: { plans: '學校規劃', hours: '學校規劃時數', log: '狀態紀錄' },
      keyColumn: 'schoolCode',
      fields: FIELDS,
      owner(code) {
        const school = schools.get(code);
        if (!school) return `${unknownSchool(year, code)}，本列未匯入`;
        return { ownerId: school.id, columns: { year, authority_id: school.authority_id } };
      },
      shown: (code) => `學校代碼 ${code}`,
    },
    ctx,
  ) as KindWriter<SchoolPlanRecord>;
}
