// One plan as the officer reads it: who filed it, the needs with their ranks, the hours rolled up
// over the year's classification (with the codes it cannot place), the filing status explained and
// the full history.
import { rollUpHours } from '../../main/engine/hoursRollup.ts';
import { fromHundredths } from '../../main/engine/hundredths.ts';
import { maskNationalId } from '../../main/engine/nationalId.ts';
import { describeFiling, importEligibility, type PlanEvent } from '../../main/engine/planFiling.ts';
import { planState, REVIEW_ACTION } from '../../main/engine/planReview.ts';
import type { PlanStatus } from '../../main/engine/vocabulary.ts';
import type { Sqlite } from '../connection.ts';
import { filingWindows, windowOf } from './planFiling.ts';
import { needOptions } from './planNeeds.ts';
import { PLAN_TABLES, readHistory, type NeedColumn, type PlanKind } from './plans.ts';
import { readSchedule } from './schedule.ts';

type PlanRow = Record<string, unknown> & { id: number; year: number; authority_id: number; status: PlanStatus | null; reviewed_at: string | null };

const OWNER = {
  school: `SELECT p.*, s.code AS school_code, s.name AS school_name, s.stage AS school_stage, a.name AS authority
    FROM school_plans p JOIN schools s ON s.id = p.school_id JOIN authorities a ON a.id = s.authority_id WHERE p.id = ?`,
  teacher: `SELECT p.*, t.name AS teacher_name, t.national_id, s.code AS school_code, s.name AS school_name, s.stage AS school_stage, a.name AS authority
    FROM teacher_plans p JOIN teachers t ON t.id = p.teacher_id JOIN schools s ON s.id = t.school_id JOIN authorities a ON a.id = s.authority_id WHERE p.id = ?`,
} as const;

export function planExists(sqlite: Sqlite, kind: PlanKind, id: number): { year: number } | null {
  return (sqlite.prepare(`SELECT year FROM ${PLAN_TABLES[kind].plans} WHERE id = ?`).get(id) as { year: number } | undefined) ?? null;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function readPlanDetail(sqlite: Sqlite, kind: PlanKind, id: number) {
  const p = sqlite.prepare(OWNER[kind]).get(id) as PlanRow | undefined;
  if (!p) return null;
  const history = readHistory(sqlite, kind, id);
  const window = windowOf(filingWindows(sqlite, p.year), p.authority_id, kind);
  const state = planState(history, window);
  const classification = sqlite
    .prepare(
      `SELECT i.code, i.name FROM classification_items i JOIN school_years y ON y.classification_version_id = i.version_id
       WHERE y.year = ? ORDER BY i.depth, i.code`,
    )
    .all(p.year) as { code: string; name: string }[];
  const ordered = orderClassification(classification);
  const entries = (sqlite.prepare(`SELECT code, hundredths FROM ${PLAN_TABLES[kind].hours} WHERE plan_id = ? ORDER BY code`).all(id) as { code: string; hundredths: number }[])
    .map((h) => ({ code: h.code, hours: fromHundredths(h.hundredths) }));
  const rollup = rollUpHours(entries, ordered);
  const needs = needOptions(sqlite).labels(p);
  const ranks = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => needs[`${prefix}_${i + 1}` as NeedColumn]);
  const status = state.filing.planStatus;

  return {
    kind,
    id,
    year: p.year,
    schoolCode: String(p.school_code),
    school: String(p.school_name),
    authority: String(p.authority),
    stage: String(p.school_stage),
    students: kind === 'school' ? ((p.students as number | null) ?? null) : null,
    teacher:
      kind === 'teacher'
        ? {
            name: String(p.teacher_name),
            maskedId: maskNationalId(String(p.national_id)),
            filedSchoolCode: str(p.filed_school_code),
            education: str(p.education),
            serviceYears: str(p.service_years),
            stage: str(p.stage),
            grade: str(p.grade),
          }
        : null,
    planId: id,
    filing: state.filing.status,
    status,
    lastSubmittedAt: state.filing.lastSubmission,
    reviewedAt: state.reviewedAt,
    filingText: describeFiling(state.filing),
    window: window ? { start: window.start, end: window.end, label: window.source.label } : null,
    needs: {
      modes: ranks('mode', 3),
      times: ranks('time', 6),
      timeOther: needs.time_other,
      places: ranks('place', 6),
      placeOther: needs.place_other,
      level: needs.level,
      method: needs.method,
    },
    hours: {
      details: rollup.details,
      subItems: rollup.subItems,
      domains: rollup.domains,
      total: rollup.total,
      problems: rollup.problems.map((x) => ({ code: x.code, hours: x.hours, message: x.message })),
      unplacedHours: rollup.unplacedHours,
    },
    history: history.map((e) => ({ action: e.action, at: e.at, actor: e.actor ?? null, reason: e.reason ?? null, source: e.source })),
    eligibility: kind === 'teacher' ? teacherEligibility(sqlite, p) : null,
    canReturn: status === '送出',
    canReview: status === '送出' && state.reviewedAt === null,
  };
}

/** Domains, then each domain's sub-items and details in code order (1-2 before 1-10). */
function orderClassification(lines: { code: string; name: string }[]): { code: string; name: string }[] {
  const key = (code: string) => code.split('-').map((n) => n.padStart(4, '0')).join('-');
  return [...lines].sort((a, b) => (key(a.code) < key(b.code) ? -1 : key(a.code) > key(b.code) ? 1 : 0));
}

/** 匯入學校本位規劃: the school plan is submitted and the teacher is on the roster (a plan's teacher always is). */
function teacherEligibility(sqlite: Sqlite, p: PlanRow) {
  const school = sqlite.prepare('SELECT id FROM school_plans WHERE school_id = ?').get(p.school_id) as { id: number } | undefined;
  const history: PlanEvent[] = school
    ? readHistory(sqlite, 'school', school.id)
        .filter((e) => e.action !== REVIEW_ACTION)
        .map((e) => ({ action: e.action as PlanEvent['action'], at: e.at }))
    : [];
  const cutoff = readSchedule(sqlite, p.year)?.schedule.rosterCutoff ?? null;
  return importEligibility(history, { onRoster: true, cutoff });
}
