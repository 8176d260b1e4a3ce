// A demo year's plans written as the import files of formats.md: 學校規劃 (學校規劃, 學校規劃時數,
// 狀態紀錄) and 教師規劃, one workbook per authority (a county officer imports their own, and a national
// teachers' hours sheet would pass Excel's 1,048,576 rows). Importing them into a database with the
// same registry gives back the same plans, statuses and filing. Times are written to the second, as
// ROC dates: a submission at 17:00:01 must stay late.
//
// These files carry full national IDs — an import file must — so they are written for demo years only.
import { join } from 'node:path';
import type { Sqlite } from '../../db/connection.ts';
import { needOptions } from '../../db/queries/planNeeds.ts';
import { NEED_COLUMNS, PLAN_TABLES, type PlanKind } from '../../db/queries/plans.ts';
import { fromHundredths } from '../engine/hundredths.ts';
import { formatRocDate } from '../engine/rocDate.ts';
import { importFileColumns, writeStyledXlsx, type CellValue } from './xlsx/workbook.ts';

const NEED_HEADER = [
  '進修方式1', '進修方式2', '進修方式3',
  '進修時間1', '進修時間2', '進修時間3', '進修時間4', '進修時間5', '進修時間6', '進修時間其他',
  '進修地點1', '進修地點2', '進修地點3', '進修地點4', '進修地點5', '進修地點6', '進修地點其他',
  '進修階層', '實施方式',
];

/** '113/08/14 17:00:01' from a canonical '+08:00' instant. */
const rocSeconds = (iso: string): string => `${formatRocDate(iso)} ${iso.slice(11, 19)}`;

export interface WrittenFile {
  path: string;
  plans: number;
  hours: number;
  events: number;
}

function sheets(sqlite: Sqlite, kind: PlanKind, year: number, authorityId: number | null) {
  const t = PLAN_TABLES[kind];
  const scope = authorityId === null ? 'p.year = ?' : 'p.year = ? AND p.authority_id = ?';
  const params = authorityId === null ? [year] : [year, authorityId];
  const key = kind === 'school' ? 's.code' : 't.national_id';
  const owner =
    kind === 'school'
      ? `FROM school_plans p JOIN schools s ON s.id = p.school_id`
      : `FROM teacher_plans p JOIN teachers t ON t.id = p.teacher_id JOIN schools s ON s.id = t.school_id`;
  const extra = kind === 'school' ? 'p.students' : 't.name, s.code AS school_code, p.education, p.service_years, p.stage, p.grade';
  const plans = sqlite
    .prepare(`SELECT ${key} AS k, p.status, p.last_submitted_at, ${extra}, ${NEED_COLUMNS.map((c) => `p.${c}`).join(', ')} ${owner} WHERE ${scope} AND p.status IS NOT NULL ORDER BY p.id`)
    .all(...params) as Record<string, string | number | null>[];
  const hours = sqlite
    .prepare(`SELECT ${key} AS k, h.code, h.hundredths ${owner} JOIN ${t.hours} h ON h.plan_id = p.id WHERE ${scope} AND p.status IS NOT NULL ORDER BY p.id, h.code`)
    .all(...params) as { k: string; code: string; hundredths: number }[];
  const events = sqlite
    .prepare(`SELECT ${key} AS k, e.action, e.at, e.actor, e.reason ${owner} JOIN ${t.events} e ON e.plan_id = p.id
      WHERE ${scope} AND p.status IS NOT NULL AND e.action IN ('送出', '退回修改', '刪除') ORDER BY p.id, e.seq`)
    .all(...params) as { k: string; action: string; at: string; actor: string | null; reason: string | null }[];
  const cells = (r: Record<string, string | number | null>, keys: readonly string[]): CellValue[] => keys.map((k) => r[k] ?? null);
  const vocabulary = needOptions(sqlite);
  const needs = (r: Record<string, string | number | null>): CellValue[] => cells(vocabulary.labels(r), NEED_COLUMNS);
  const when = (r: Record<string, string | number | null>) => (typeof r.last_submitted_at === 'string' ? rocSeconds(r.last_submitted_at) : null);
  const planSheet =
    kind === 'school'
      ? { name: '學校規劃', columns: importFileColumns(['學校代碼', '狀態', '送出時間', '學生總數', ...NEED_HEADER]), rows: plans.map((r) => [...cells(r, ['k', 'status']), when(r), ...cells(r, ['students']), ...needs(r)]) }
      : {
          name: '教師規劃',
          columns: importFileColumns(['身分證字號', '姓名', '學校代碼', '狀態', '送出時間', '最高學歷', '服務年資', '學校階段', '任教年級', ...NEED_HEADER]),
          rows: plans.map((r) => [
            ...cells(r, ['k', 'name', 'school_code', 'status']),
            when(r),
            ...cells(r, ['education', 'service_years', 'stage', 'grade']),
            ...needs(r),
          ]),
        };
  const keyHeader = kind === 'school' ? '學校代碼' : '身分證字號';
  return {
    counts: { plans: plans.length, hours: hours.length, events: events.length },
    sheets: [
      planSheet,
      { name: kind === 'school' ? '學校規劃時數' : '教師規劃時數', columns: importFileColumns([keyHeader, '課程類別', '規劃時數']), rows: hours.map((h) => [h.k, h.code, fromHundredths(h.hundredths)]) },
      { name: '狀態紀錄', columns: importFileColumns(['對象', '動作', '時間', '操作者', '原因']), rows: events.map((e) => [e.k, e.action, rocSeconds(e.at), e.actor, e.reason]) },
    ],
  };
}

export async function writePlanImportFiles(sqlite: Sqlite, year: number, dir: string): Promise<WrittenFile[]> {
  const written: WrittenFile[] = [];
  const school = sheets(sqlite, 'school', year, null);
  const schoolPath = join(dir, `學校規劃-${year}.xlsx`);
  await writeStyledXlsx(schoolPath, school.sheets);
  written.push({ path: schoolPath, ...school.counts });
  const authorities = sqlite.prepare('SELECT id, name FROM authorities WHERE year = ? ORDER BY sort_order, code').all(year) as { id: number; name: string }[];
  for (const a of authorities) {
    const teacher = sheets(sqlite, 'teacher', year, a.id);
    if (teacher.counts.plans === 0) continue;
    const path = join(dir, `教師規劃-${year}-${a.name}.xlsx`);
    await writeStyledXlsx(path, teacher.sheets);
    written.push({ path, ...teacher.counts });
  }
  return written;
}
