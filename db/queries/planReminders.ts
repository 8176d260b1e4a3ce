// The 催覆 list: schools, or teachers still in service, without an on-time plan while their window
// is open or after it has closed — with whom to call (the school's contact person and principal;
// the roster has no teacher phone numbers, so a teacher is chased through the school). A window that
// has not opened yet chases nobody; an authority without a window is not listed either.
import { maskNationalId } from '../../main/engine/nationalId.ts';
import { instantMs } from '../../main/engine/rocDate.ts';
import type { Sqlite } from '../connection.ts';
import { filingWindows } from './planFiling.ts';
import type { PlanKind } from './plans.ts';

export type WindowState = 'upcoming' | 'open' | 'closed' | 'none';

export interface ReminderFilter {
  authority: string | null;
  stage: string | null;
  windowState: 'open' | 'closed' | null;
  filing: 'outsideWindow' | 'returned' | 'draft' | 'none' | null;
}

const CONTACTS = `s.principal_name AS principalName, s.principal_phone AS principalPhone, s.principal_email AS principalEmail,
  s.contact_name AS contactName, s.contact_title AS contactTitle, s.contact_phone AS contactPhone,
  s.contact_mobile AS contactMobile, s.contact_email AS contactEmail`;

/** Each authority's window state at the instant, for one kind of plan. */
function windowStates(sqlite: Sqlite, year: number, kind: PlanKind, at: string) {
  const now = instantMs(at);
  const states = new Map<number, { state: WindowState; end: string | null }>();
  for (const [id, w] of filingWindows(sqlite, year)) {
    const win = w[kind];
    const state: WindowState = !win ? 'none' : now < instantMs(win.start) ? 'upcoming' : now <= instantMs(win.end) ? 'open' : 'closed';
    states.set(id, { state, end: win?.end ?? null });
  }
  return states;
}

function query(sqlite: Sqlite, year: number, kind: PlanKind, filter: ReminderFilter, at: string) {
  const states = windowStates(sqlite, year, kind, at);
  const wanted = [...states].filter(([, s]) => (filter.windowState ? s.state === filter.windowState : s.state === 'open' || s.state === 'closed')).map(([id]) => id);
  const where = ['s.year = ?', `s.authority_id IN (${wanted.length ? wanted.join(', ') : 'NULL'})`];
  const params: unknown[] = [year];
  if (filter.authority) (where.push('a.name = ?'), params.push(filter.authority));
  if (filter.stage) (where.push('s.stage = ?'), params.push(filter.stage));
  const planFiling = filter.filing === null ? "COALESCE(p.filing, 'none') <> 'onTime'" : "COALESCE(p.filing, 'none') = ?";
  if (filter.filing !== null) params.push(filter.filing);
  where.push(planFiling);
  const from =
    kind === 'school'
      ? `FROM schools s JOIN authorities a ON a.id = s.authority_id LEFT JOIN school_plans p ON p.school_id = s.id WHERE ${where.join(' AND ')}`
      : // Schools first, then each school's teachers by the school index: one ordered pass, no sort.
        `FROM schools s CROSS JOIN teachers t ON t.school_id = s.id JOIN authorities a ON a.id = s.authority_id
         LEFT JOIN teacher_plans p ON p.teacher_id = t.id WHERE t.employment_status = '在職' AND ${where.join(' AND ')}`;
  const allParams = params;
  const select =
    kind === 'school'
      ? `SELECT s.code AS key, NULL AS teacher, NULL AS national_id, s.authority_id, p.id AS planId, s.code AS schoolCode, s.name AS school,
           a.name AS authority, s.stage, COALESCE(p.filing, 'none') AS filing, ${CONTACTS} ${from} ORDER BY s.code`
      : `SELECT t.id AS key, t.name AS teacher, t.national_id, s.authority_id, p.id AS planId, s.code AS schoolCode, s.name AS school,
           a.name AS authority, s.stage, COALESCE(p.filing, 'none') AS filing, ${CONTACTS} ${from} ORDER BY s.code, t.name, t.id`;
  const shape = (r: Record<string, unknown>) => {
    const w = states.get(r.authority_id as number)!;
    const { authority_id: _a, national_id, key, ...rest } = r;
    return {
      kind,
      key: String(key),
      ...rest,
      maskedId: typeof national_id === 'string' ? maskNationalId(national_id) : null,
      windowState: w.state,
      windowEnd: w.end,
    } as ReminderRow;
  };
  return { from, params: allParams, select, shape };
}

export interface ReminderRow {
  kind: PlanKind;
  key: string;
  planId: number | null;
  teacher: string | null;
  maskedId: string | null;
  schoolCode: string;
  school: string;
  authority: string;
  stage: string;
  filing: 'outsideWindow' | 'returned' | 'draft' | 'none';
  windowState: WindowState;
  windowEnd: string | null;
  principalName: string | null;
  principalPhone: string | null;
  principalEmail: string | null;
  contactName: string | null;
  contactTitle: string | null;
  contactPhone: string | null;
  contactMobile: string | null;
  contactEmail: string | null;
}

export function listReminders(sqlite: Sqlite, args: { year: number; kind: PlanKind; filter: ReminderFilter; at: string; page: { offset: number; limit: number } }) {
  const q = query(sqlite, args.year, args.kind, args.filter, args.at);
  const total = (sqlite.prepare(`SELECT COUNT(*) AS n ${q.from}`).get(...q.params) as { n: number }).n;
  const rows = (sqlite.prepare(`${q.select} LIMIT ? OFFSET ?`).all(...q.params, args.page.limit, args.page.offset) as Record<string, unknown>[]).map(q.shape);
  return { total, rows };
}

/**
 * Every matching row, read at once: a statement left open across the export's awaits would keep the
 * connection busy for every other call of the window.
 */
export function allReminders(sqlite: Sqlite, args: { year: number; kind: PlanKind; filter: ReminderFilter; at: string }): ReminderRow[] {
  const q = query(sqlite, args.year, args.kind, args.filter, args.at);
  return (sqlite.prepare(q.select).all(...q.params) as Record<string, unknown>[]).map(q.shape);
}
