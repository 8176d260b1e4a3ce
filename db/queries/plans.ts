// The plans' tables (migration 0004) and the one way a plan's history changes: append events, then
// derive the plan row again from the whole history, in the caller's transaction. Synchronous on the
// raw connection so that imports, actions and the demo share it inside one better-sqlite3
// transaction.
import type { FilingWindow } from '../../main/engine/planFiling.ts';
import { planState, type HistoryAction, type HistoryEvent } from '../../main/engine/planReview.ts';
import { toTaipeiInstant } from '../../main/engine/rocDate.ts';
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../connection.ts';
import { filingWindows, windowOf } from './planFiling.ts';

export type PlanKind = 'school' | 'teacher';

/** Table names per kind: fixed strings, never user input, so they may be spliced into SQL. */
export const PLAN_TABLES = {
  school: { plans: 'school_plans', events: 'school_plan_events', hours: 'school_plan_hours' },
  teacher: { plans: 'teacher_plans', events: 'teacher_plan_events', hours: 'teacher_plan_hours' },
} as const;

/** The needs columns of both plan tables, in rank order. */
export const NEED_COLUMNS = [
  'mode_1', 'mode_2', 'mode_3',
  'time_1', 'time_2', 'time_3', 'time_4', 'time_5', 'time_6', 'time_other',
  'place_1', 'place_2', 'place_3', 'place_4', 'place_5', 'place_6', 'place_other',
  'level', 'method',
] as const;
export type NeedColumn = (typeof NEED_COLUMNS)[number];

export type EventOrigin = 'app' | 'import' | 'demo';

/** One prepared statement per connection and text: an import appends events for 200,000 plans. */
const statements = new WeakMap<Sqlite, Map<string, Statement<unknown[]>>>();
function statement(sqlite: Sqlite, sql: string): Statement<unknown[]> {
  let mine = statements.get(sqlite);
  if (!mine) statements.set(sqlite, (mine = new Map()));
  let st = mine.get(sql);
  if (!st) mine.set(sql, (st = sqlite.prepare<unknown[]>(sql)));
  return st;
}

export interface StoredEvent extends HistoryEvent {
  seq: number;
  action: HistoryAction;
  /** Said in the history: 本系統, 匯入 plans.xlsx, 示範資料. */
  source: string;
}

export interface NewEvent extends HistoryEvent {
  origin: EventOrigin;
  importId?: number | null;
}

/**
 * Adds events to a plan's history, after the ones it has; an event already there (same action at
 * the same second) is left alone, so importing the same 狀態紀錄 twice adds nothing. Returns how
 * many were added.
 */
export function appendEvents(sqlite: Sqlite, kind: PlanKind, planId: number, events: readonly NewEvent[]): number {
  if (events.length === 0) return 0;
  const table = PLAN_TABLES[kind].events;
  const exists = statement(sqlite, `SELECT 1 FROM ${table} WHERE plan_id = ? AND at = ? AND action = ?`);
  const last = statement(sqlite, `SELECT COALESCE(MAX(seq), 0) AS seq FROM ${table} WHERE plan_id = ?`).get(planId) as { seq: number };
  const insert = statement(sqlite, `INSERT INTO ${table} (plan_id, seq, action, at, actor, reason, origin, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  let seq = last.seq;
  let added = 0;
  for (const e of events) {
    const at = toTaipeiInstant(e.at);
    if (exists.get(planId, at, e.action)) continue;
    insert.run(planId, ++seq, e.action, at, e.actor ?? null, e.reason ?? null, e.origin, e.importId ?? null);
    added++;
  }
  return added;
}

const SOURCE = `CASE e.origin WHEN 'app' THEN '本系統' WHEN 'demo' THEN '示範資料' ELSE '匯入 ' || COALESCE(r.file_name, '') END`;

export function readHistory(sqlite: Sqlite, kind: PlanKind, planId: number): StoredEvent[] {
  return sqlite
    .prepare(
      `SELECT e.seq, e.action, e.at, e.actor, e.reason, ${SOURCE} AS source
       FROM ${PLAN_TABLES[kind].events} e LEFT JOIN import_runs r ON r.id = e.import_id WHERE e.plan_id = ? ORDER BY e.seq`,
    )
    .all(planId) as StoredEvent[];
}

/** Where the registry places a plan now: its school and that school's authority. */
const PLACEMENT = {
  school: `SELECT p.id, s.id AS school_id, s.authority_id FROM school_plans p JOIN schools s ON s.id = p.school_id`,
  teacher: `SELECT p.id, t.school_id, s.authority_id FROM teacher_plans p JOIN teachers t ON t.id = p.teacher_id JOIN schools s ON s.id = t.school_id`,
} as const;

/**
 * Derives the plan rows again from their histories and the registry's placement: status, last
 * submission, review, filing. `planIds` null means every plan of the year; the ids are read from a
 * temp table when there are many, so a 200,000-plan import re-derives in one pass.
 */
export function rederivePlans(sqlite: Sqlite, kind: PlanKind, year: number, planIds: readonly number[] | null): number {
  const t = PLAN_TABLES[kind];
  const windows = filingWindows(sqlite, year);
  let scope = 'p.year = ?';
  const params: unknown[] = [year];
  if (planIds !== null) {
    if (planIds.length === 0) return 0;
    sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS plan_scope (id INTEGER PRIMARY KEY)');
    sqlite.exec('DELETE FROM temp.plan_scope');
    const add = sqlite.prepare('INSERT OR IGNORE INTO temp.plan_scope (id) VALUES (?)');
    for (const id of planIds) add.run(id);
    scope += ' AND p.id IN (SELECT id FROM temp.plan_scope)';
  }
  const placements = sqlite.prepare(`${PLACEMENT[kind]} WHERE ${scope}`).all(...params) as { id: number; school_id: number; authority_id: number }[];
  const events = sqlite
    .prepare(`SELECT e.plan_id, e.action, e.at, e.actor, e.reason FROM ${t.events} e JOIN ${t.plans} p ON p.id = e.plan_id WHERE ${scope} ORDER BY e.plan_id, e.seq`)
    .iterate(...params) as IterableIterator<{ plan_id: number; action: HistoryAction; at: string; actor: string | null; reason: string | null }>;
  const histories = new Map<number, HistoryEvent[]>();
  for (const e of events) {
    let list = histories.get(e.plan_id);
    if (!list) histories.set(e.plan_id, (list = []));
    list.push({ action: e.action, at: e.at, actor: e.actor, reason: e.reason });
  }
  const placeColumn = kind === 'teacher' ? 'school_id = ?, ' : '';
  const update = sqlite.prepare(
    `UPDATE ${t.plans} SET ${placeColumn}authority_id = ?, status = ?, last_submitted_at = ?, reviewed_at = ?, filing = ? WHERE id = ?`,
  );
  for (const p of placements) {
    const state = derive(histories.get(p.id) ?? [], windowOf(windows, p.authority_id, kind));
    const values = [p.authority_id, state.status, state.lastSubmittedAt, state.reviewedAt, state.filing, p.id];
    update.run(...(kind === 'teacher' ? [p.school_id, ...values] : values));
  }
  if (planIds !== null) sqlite.exec('DELETE FROM temp.plan_scope');
  return placements.length;
}

export interface DerivedRow {
  status: '暫存' | '送出' | '退回修改' | null;
  lastSubmittedAt: string | null;
  reviewedAt: string | null;
  filing: string;
}

/** The stored columns of a plan from its history and window (also used by the demo generator). */
export function derive(history: readonly HistoryEvent[], window: FilingWindow | null): DerivedRow {
  const { filing, reviewedAt } = planState(history, window);
  return {
    status: filing.planStatus,
    lastSubmittedAt: filing.lastSubmission === null ? null : toTaipeiInstant(filing.lastSubmission),
    reviewedAt,
    filing: filing.status,
  };
}
