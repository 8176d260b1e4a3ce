// Keeping the derived filing status of every plan in step with the year's schedule and registry.
//
// A plan row stores its filing status (onTime … none) so the lists of 200,000 teachers can filter
// and count on an index. That status depends on three things: the plan's history (re-derived by
// rederivePlans whenever the history changes), the window of its authority (the schedule), and
// which authority the registry places it in. plan_filing_basis records the windows and the
// registry state the stored statuses were judged with; refreshPlanFiling compares them with the
// current ones and re-judges only what changed — every plan read and write calls it first, so the
// statuses are right whoever changed the schedule or the registry, and the schedule's save may call
// it too, in its own transaction, so that the next list does not pay for it.
import { rejudgeFiling } from '../../main/engine/planReview.ts';
import { windowFor, type EffectiveWindow, type WindowKind } from '../../main/engine/schedule.ts';
import type { Sqlite } from '../connection.ts';
import type { PlanKind } from './plans.ts';
import { readSchedule } from './schedule.ts';

export type AuthorityWindows = Map<number, { name: string; school: EffectiveWindow | null; teacher: EffectiveWindow | null }>;

/** The school and teacher window of every authority of the year, keyed by authorities.id. */
export function filingWindows(sqlite: Sqlite, year: number): AuthorityWindows {
  const schedule = readSchedule(sqlite, year)?.schedule ?? null;
  const rows = sqlite.prepare('SELECT id, name FROM authorities WHERE year = ? ORDER BY id').all(year) as { id: number; name: string }[];
  const out: AuthorityWindows = new Map();
  for (const a of rows) {
    out.set(a.id, {
      name: a.name,
      school: schedule ? windowFor(schedule, a.name, 'school') : null,
      teacher: schedule ? windowFor(schedule, a.name, 'teacher') : null,
    });
  }
  return out;
}

export function windowOf(windows: AuthorityWindows, authorityId: number, kind: WindowKind): EffectiveWindow | null {
  return windows.get(authorityId)?.[kind] ?? null;
}

/**
 * The registry's state, as far as placements go: the last landed import that can move a school to
 * another authority or a teacher to another school. Cheap to read on every call.
 */
function registryMark(sqlite: Sqlite, year: number): number {
  const row = sqlite
    .prepare(
      `SELECT COALESCE(MAX(id), 0) AS mark FROM import_runs
       WHERE year = ? AND status = 'landed' AND kind IN ('authorities', 'schools', 'teachers')`,
    )
    .get(year) as { mark: number };
  return row.mark;
}

type WindowKey = `${PlanKind}:${number}`;

function windowsText(windows: AuthorityWindows): Record<WindowKey, string> {
  const out: Record<WindowKey, string> = {};
  for (const [id, w] of windows) {
    for (const kind of ['school', 'teacher'] as const) {
      const win = w[kind];
      out[`${kind}:${id}`] = win ? `${win.start}|${win.end}|${win.source.label}` : '';
    }
  }
  return out;
}

function basisOf(sqlite: Sqlite, year: number) {
  const windows = filingWindows(sqlite, year);
  return { windows, json: JSON.stringify(windowsText(windows)), mark: registryMark(sqlite, year) };
}

function storeBasis(sqlite: Sqlite, year: number, json: string, mark: number): void {
  sqlite
    .prepare('INSERT INTO plan_filing_basis (year, windows, registry_mark) VALUES (?, ?, ?) ON CONFLICT (year) DO UPDATE SET windows = excluded.windows, registry_mark = excluded.registry_mark')
    .run(year, json, mark);
}

/** For a writer that has just judged every plan of the year with the current windows (the demo). */
export function recordFilingBasis(sqlite: Sqlite, year: number): void {
  const { json, mark } = basisOf(sqlite, year);
  storeBasis(sqlite, year, json, mark);
}

export interface RefreshResult {
  /** Plans whose filing status was judged again. */
  rejudged: number;
  reason: 'unchanged' | 'schedule' | 'registry' | 'first';
}

/**
 * Brings the year's stored filing statuses up to date with its schedule and registry, in one
 * transaction (a savepoint inside the caller's). Answers in about a millisecond when nothing changed.
 * Registry changes are noticed through the import history; a writer that moves schools or teachers
 * some other way (a data package, an edit screen) passes `registryChanged`.
 */
export function refreshPlanFiling(sqlite: Sqlite, year: number, options: { registryChanged?: boolean } = {}): RefreshResult {
  return sqlite.transaction((): RefreshResult => {
    const { windows, json, mark } = basisOf(sqlite, year);
    const found = sqlite.prepare('SELECT windows, registry_mark FROM plan_filing_basis WHERE year = ?').get(year) as
      | { windows: string; registry_mark: number }
      | undefined;
    const stored = found && options.registryChanged ? { ...found, registry_mark: -1 } : found;
    if (stored && stored.windows === json && stored.registry_mark === mark) return { rejudged: 0, reason: 'unchanged' };
    if (!sqlite.prepare('SELECT 1 FROM school_years WHERE year = ?').get(year)) return { rejudged: 0, reason: 'unchanged' };

    let rejudged = 0;
    let reason: RefreshResult['reason'];
    if (!stored) {
      reason = 'first';
      placePlans(sqlite, year);
      for (const kind of KINDS) rejudged += rejudge(sqlite, year, windows, kind, '', []);
    } else {
      // Plans whose school or teacher moved, then the authorities whose window changed.
      const moved = stored.registry_mark === mark ? { school: [], teacher: [] } : placePlans(sqlite, year);
      const before = JSON.parse(stored.windows) as Record<WindowKey, string>;
      const text = JSON.parse(json) as Record<WindowKey, string>;
      const changed = (Object.keys(text) as WindowKey[]).filter((k) => before[k] !== text[k]);
      reason = stored.registry_mark === mark ? 'schedule' : 'registry';
      for (const kind of KINDS) {
        const authorities = changed.filter((k) => k.startsWith(`${kind}:`)).map((k) => Number(k.split(':')[1]));
        if (authorities.length > 0) rejudged += rejudge(sqlite, year, windows, kind, ` AND authority_id IN (${authorities.join(', ')})`, []);
        const ids = moved[kind].filter((m) => !authorities.includes(m.authorityId)).map((m) => m.id);
        if (ids.length > 0) rejudged += rejudge(sqlite, year, windows, kind, ` AND id IN (${ids.join(', ')})`, []);
      }
    }
    storeBasis(sqlite, year, json, mark);
    return { rejudged, reason };
  })();
}

const KINDS = ['school', 'teacher'] as const;

type Moved = Record<PlanKind, { id: number; authorityId: number }[]>;

/** Places every plan of the year where the registry has its school and teacher now; returns those that moved. */
function placePlans(sqlite: Sqlite, year: number): Moved {
  const school = sqlite
    .prepare(
      `UPDATE school_plans AS p SET authority_id = s.authority_id FROM schools s
       WHERE s.id = p.school_id AND p.year = ? AND p.authority_id <> s.authority_id
       RETURNING id, authority_id AS authorityId`,
    )
    .all(year) as Moved['school'];
  const teacher = sqlite
    .prepare(
      `UPDATE teacher_plans AS p SET school_id = x.school_id, authority_id = x.authority_id
       FROM (SELECT t.id AS teacher_id, t.school_id, s.authority_id FROM teachers t JOIN schools s ON s.id = t.school_id WHERE t.year = ?) AS x
       WHERE x.teacher_id = p.teacher_id AND p.year = ? AND (p.school_id <> x.school_id OR p.authority_id <> x.authority_id)
       RETURNING id, authority_id AS authorityId`,
    )
    .all(year, year) as Moved['teacher'];
  return { school, teacher };
}

/** Judges the filing status again for the plans of one kind the condition picks. */
function rejudge(sqlite: Sqlite, year: number, windows: AuthorityWindows, kind: PlanKind, condition: string, params: unknown[]): number {
  const table = kind === 'school' ? 'school_plans' : 'teacher_plans';
  const rows = sqlite
    .prepare(`SELECT id, authority_id, status, last_submitted_at, filing FROM ${table} WHERE year = ?${condition}`)
    .all(year, ...params) as { id: number; authority_id: number; status: '暫存' | '送出' | '退回修改' | null; last_submitted_at: string | null; filing: string }[];
  const update = sqlite.prepare(`UPDATE ${table} SET filing = ? WHERE id = ?`);
  for (const r of rows) {
    const filing = rejudgeFiling(r.status, r.last_submitted_at, windowOf(windows, r.authority_id, kind));
    if (filing !== r.filing) update.run(filing, r.id);
  }
  return rows.length;
}
