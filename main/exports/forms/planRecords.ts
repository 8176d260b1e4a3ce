// Which plans a plan-record form prints for a scope, each read as the plan screen reads it
// (readPlanDetail: the needs with their ranks, the hours rolled up, the filing state), after the
// year's filing statuses are brought up to date as every plans channel does first.

import type { Sqlite, Store } from '../../../db/connection.ts';
import { readPlanDetail } from '../../../db/queries/planDetail.ts';
import { refreshPlanFiling } from '../../../db/queries/planFiling.ts';
import type { PlanDetail } from '../../../preload/contracts/plans.ts';
import { AppError } from '../../api/errors.ts';
import { maskNationalId, normalizeNationalId } from '../../engine/nationalId.ts';
import { authoritiesOf } from './scope.ts';
import type { FormScope } from './types.ts';

/** Each record carries its own pie chart (~30 ms to render): past this, a folder per school is the way. */
export const MAX_PLAN_RECORDS = 3000;

/** refreshPlanFiling, as every plans channel calls it first. */
export function refreshFiling(sqlite: Sqlite, year: number): void {
  try {
    refreshPlanFiling(sqlite, year);
  } catch (error) {
    // An import holding the write lock brings the statuses up to date itself when it lands.
    if (!(error instanceof Error && 'code' in error && (error.code === 'SQLITE_BUSY' || error.code === 'SQLITE_LOCKED'))) throw error;
  }
}

interface PlanRef {
  id: number;
}

function detailsOf(sqlite: Sqlite, kind: 'school' | 'teacher', refs: readonly PlanRef[], what: string): PlanDetail[] {
  if (refs.length > MAX_PLAN_RECORDS) {
    throw new AppError(
      'TOO_MANY',
      `這個範圍有 ${refs.length.toLocaleString('zh-TW')} 份${what}，一次最多列印 ${MAX_PLAN_RECORDS.toLocaleString('zh-TW')} 份。請指定主管機關或學校，分批列印。`,
    );
  }
  return refs.map((r) => readPlanDetail(sqlite, kind, r.id) as PlanDetail);
}

/** Teachers' plans with a status (暫存, 送出 or 退回修改) in the scope, by authority, school and name. */
export async function teacherPlans(store: Store, scope: FormScope): Promise<PlanDetail[]> {
  const authorities = await authoritiesOf(store, scope.year, scope.authority);
  refreshFiling(store.sqlite, scope.year);
  const where = ['p.year = ?', 'p.status IS NOT NULL', `s.authority_id IN (${authorities.map((a) => a.id).join(', ')})`];
  const params: unknown[] = [scope.year];
  if (scope.school !== undefined) (where.push('s.code = ?'), params.push(scope.school.trim()));
  if (scope.teacher !== undefined) (where.push('t.national_id = ?'), params.push(normalizeNationalId(scope.teacher)));
  const refs = store.sqlite
    .prepare(
      `SELECT p.id FROM teacher_plans p JOIN teachers t ON t.id = p.teacher_id JOIN schools s ON s.id = t.school_id
       JOIN authorities a ON a.id = s.authority_id WHERE ${where.join(' AND ')} ORDER BY a.sort_order, s.code, t.name, t.id`,
    )
    .all(...params) as PlanRef[];
  if (refs.length === 0) {
    const whom =
      scope.teacher !== undefined
        ? `身分證字號 ${maskNationalId(normalizeNationalId(scope.teacher))} 的教師`
        : scope.school !== undefined
          ? `學校代碼「${scope.school}」的教師`
          : '這個範圍的教師';
    throw new AppError('NOT_FOUND', `${scope.year} 學年度找不到${whom}的規劃（暫存、送出或退回修改）。`);
  }
  return detailsOf(store.sqlite, 'teacher', refs, '教師規劃');
}

/** Schools' plans with a status in the scope, by authority and school code. */
export async function schoolPlans(store: Store, scope: FormScope): Promise<PlanDetail[]> {
  const authorities = await authoritiesOf(store, scope.year, scope.authority);
  refreshFiling(store.sqlite, scope.year);
  const where = ['p.year = ?', 'p.status IS NOT NULL', `s.authority_id IN (${authorities.map((a) => a.id).join(', ')})`];
  const params: unknown[] = [scope.year];
  if (scope.school !== undefined) (where.push('s.code = ?'), params.push(scope.school.trim()));
  const refs = store.sqlite
    .prepare(
      `SELECT p.id FROM school_plans p JOIN schools s ON s.id = p.school_id JOIN authorities a ON a.id = s.authority_id
       WHERE ${where.join(' AND ')} ORDER BY a.sort_order, s.code`,
    )
    .all(...params) as PlanRef[];
  if (refs.length === 0) {
    const whom = scope.school !== undefined ? `學校代碼「${scope.school}」` : '這個範圍內任何學校';
    throw new AppError('NOT_FOUND', `${scope.year} 學年度找不到${whom}的學校本位規劃（暫存、送出或退回修改）。`);
  }
  return detailsOf(store.sqlite, 'school', refs, '學校規劃');
}

export interface SchoolFacts {
  teachers: number;
  principal: string | null;
  contact: string | null;
  contactTitle: string | null;
  phone: string | null;
  email: string | null;
}

/** What the registry adds to a school plan record: teachers in service and whom to call. */
export function schoolFacts(sqlite: Sqlite, year: number, code: string): SchoolFacts {
  const row = sqlite
    .prepare(
      `SELECT s.principal_name AS principal, s.contact_name AS contact, s.contact_title AS contactTitle,
         COALESCE(s.contact_phone, s.contact_mobile) AS phone, COALESCE(s.contact_email, s.principal_email) AS email,
         (SELECT COUNT(*) FROM teachers t WHERE t.school_id = s.id AND t.employment_status = '在職') AS teachers
       FROM schools s WHERE s.year = ? AND s.code = ?`,
    )
    .get(year, code) as SchoolFacts | undefined;
  return row ?? { teachers: 0, principal: null, contact: null, contactTitle: null, phone: null, email: null };
}
