// The writer both plan kinds share (formats.md: 學校規劃 / 教師規劃 with their hours sheet and the
// optional 狀態紀錄). The reader streams the sheets in the kind's order — plans, hours, status log —
// and this writer tells them apart by their columns, so it plugs into the shared import runner as
// any other kind.
//
// Per row: a plan row is added / replaced / unchanged (its fields, and a 送出 at 送出時間 merged into
// the history); an hours row likewise for its (plan, code); a status-log row is added when the
// history did not have it yet. Re-importing the same file changes nothing. After the last row, a
// plan's hours that the file no longer lists are removed, a new plan whose file status has no
// dated event (a draft) gets that status as of the import, and every plan touched is derived again
// (status, filing) — all inside the import's transaction.
//
// Kept but reported (notes appended to the import report after the rejections): hours on a code the
// year's classification lacks, a file status that the history contradicts, a teacher who filed
// with another school than the roster's.
import { addRejections } from '../../../db/queries/importHistory.ts';
import { refreshPlanFiling } from '../../../db/queries/planFiling.ts';
import { needOptions } from '../../../db/queries/planNeeds.ts';
import { appendEvents, PLAN_TABLES, rederivePlans, type NewEvent, type PlanKind } from '../../../db/queries/plans.ts';
import { isWellFormedCode } from '../../engine/classification.ts';
import type { PlanAction } from '../../engine/planFiling.ts';
import { planStatus } from '../../engine/planFiling.ts';
import { validateNeeds, type NeedField } from '../../engine/planNeeds.ts';
import { toHundredths } from '../../engine/hundredths.ts';
import { toInstant, toTaipeiInstant } from '../../engine/rocDate.ts';
import type { DateTimeValue } from '../../imports/index.ts';
import { valuesOf, type Field, type KindWriter, type Problem, type Row, type RowOutcome, type WriterContext } from '../writerKit.ts';

export interface PlanOwner {
  /** school_plans.school_id or teacher_plans.teacher_id */
  ownerId: number;
  /** Columns the owner sets on an added plan (year, placement …). */
  columns: Row;
  /** Said in the report, but the plan is kept (e.g. filed with another school). */
  note?: string;
}

export interface PlanKindAdapter {
  kind: PlanKind;
  ownerColumn: 'school_id' | 'teacher_id';
  /** The Chinese names of the kind's sheets, for notes. */
  sheetNames: { plans: string; hours: string; log: string };
  /** Record key of the owner in each sheet ('schoolCode' or 'nationalId'; the log's is 'target'). */
  keyColumn: string;
  fields: readonly Field[];
  /** The owner of a key, or why there is none (the row is rejected). */
  owner(key: string, record: Row): PlanOwner | string;
  /** A key as it may appear in the report (national IDs masked). */
  shown(key: string): string;
}

type PlanRecord = Row & { row: number; status: '暫存' | '送出' | '退回修改'; submittedAt: DateTimeValue | null };
type HoursRecord = Row & { row: number; category: string; hours: number };
type LogRecord = Row & { row: number; target: string; action: PlanAction; at: DateTimeValue; actor: string | null; reason: string | null };

interface FilePlan {
  planId: number;
  row: number;
  status: PlanRecord['status'];
  /** The file's 送出時間 as an instant. */
  submittedAt: string | null;
}

/** The needs columns of the file and of both plan tables. */
export const PLAN_NEED_FIELDS: readonly Field[] = [
  ...[1, 2, 3].map((i) => ({ column: `mode_${i}`, key: `mode${i}` })),
  ...[1, 2, 3, 4, 5, 6].map((i) => ({ column: `time_${i}`, key: `time${i}` })),
  { column: 'time_other', key: 'timeOther' },
  ...[1, 2, 3, 4, 5, 6].map((i) => ({ column: `place_${i}`, key: `place${i}` })),
  { column: 'place_other', key: 'placeOther' },
  { column: 'level', key: 'level' },
  { column: 'method', key: 'method' },
];

const RANK_KEYS: Record<NeedField, string> = { mode: 'mode', time: 'time', place: 'place', level: 'level', method: 'method' };
const instantOf = (v: DateTimeValue): string => toInstant(v.date, v.time);

function needsOf(r: Row) {
  const list = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => (r[`${prefix}${i + 1}`] as string | null) ?? null);
  return {
    modes: list('mode', 3),
    times: list('time', 6),
    timeOther: (r.timeOther as string | null) ?? null,
    places: list('place', 6),
    placeOther: (r.placeOther as string | null) ?? null,
    level: (r.level as string | null) ?? null,
    method: (r.method as string | null) ?? null,
  };
}

export function planImportWriter(adapter: PlanKindAdapter, ctx: WriterContext): KindWriter<Row & { row: number }> {
  const { sqlite, year } = ctx;
  const t = PLAN_TABLES[adapter.kind];
  refreshPlanFiling(sqlite, year);
  const source = { origin: 'import', importId: ctx.importId } as const;
  const options = needOptions(sqlite);
  const importedAt = toTaipeiInstant(new Date());
  const known = new Set(
    (sqlite.prepare('SELECT i.code FROM classification_items i JOIN school_years y ON y.classification_version_id = i.version_id WHERE y.year = ?').all(year) as { code: string }[]).map((r) => r.code),
  );
  const columns = adapter.fields.map((f) => f.column);
  const findPlan = sqlite.prepare(`SELECT id, ${columns.join(', ')} FROM ${t.plans} WHERE ${adapter.ownerColumn} = ?`);
  const findHours = sqlite.prepare(`SELECT hundredths FROM ${t.hours} WHERE plan_id = ? AND code = ?`);
  const putHours = sqlite.prepare(`INSERT INTO ${t.hours} (plan_id, code, hundredths) VALUES (?, ?, ?) ON CONFLICT (plan_id, code) DO UPDATE SET hundredths = excluded.hundredths`);
  sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS plan_import_hours (plan_id INTEGER NOT NULL, code TEXT NOT NULL, PRIMARY KEY (plan_id, code)) WITHOUT ROWID');
  sqlite.exec('DELETE FROM temp.plan_import_hours');
  const seenHours = sqlite.prepare('INSERT OR IGNORE INTO temp.plan_import_hours (plan_id, code) VALUES (?, ?)');

  // Statements whose columns depend on the file are prepared once per shape, not once per row.
  const statements = new Map<string, ReturnType<typeof sqlite.prepare>>();
  const prepared = (sql: string) => {
    let st = statements.get(sql);
    if (!st) statements.set(sql, (st = sqlite.prepare(sql)));
    return st;
  };

  const plans = new Map<string, FilePlan>();
  /** Keys whose plan row this file has but that was rejected: their hours and log rows go with it. */
  const refused = new Set<string>();
  const firstRow = new Map<string, number>();
  const touched = new Set<number>();
  const notes: { sheet: string; row: number; column: string; reason: string }[] = [];
  const note = (sheet: string, row: number, column: string, reason: string) => notes.push({ sheet, row, column, reason: `已匯入，但${reason}` });

  function writePlan(r: PlanRecord): RowOutcome {
    const key = r[adapter.keyColumn] as string;
    const earlier = firstRow.get(key);
    if (earlier !== undefined) return [{ column: ctx.header(adapter.keyColumn), reason: `與第 ${earlier} 列重複（同一${adapter.kind === 'school' ? '學校' : '教師'}只能有一份規劃），本列未匯入` }];
    firstRow.set(key, r.row);
    const owner = adapter.owner(key, r);
    if (typeof owner === 'string') return [{ column: ctx.header(adapter.keyColumn), reason: owner }];
    refused.add(key);
    const problems: Problem[] = validateNeeds(needsOf(r), r.status === '送出').map((p) => ({
      column: ctx.header(p.rank === null ? RANK_KEYS[p.field] : `${RANK_KEYS[p.field]}${p.rank}`),
      reason: p.message,
    }));
    if (r.status === '送出' && r.submittedAt === null) problems.push({ column: ctx.header('submittedAt'), reason: '狀態為「送出」的規劃必須有送出時間' });
    if (problems.length > 0) return problems;
    refused.delete(key);

    const values = options.ids(valuesOf(r, adapter.fields, ctx.present));
    const existing = findPlan.get(owner.ownerId) as (Row & { id: number }) | undefined;
    let outcome: 'added' | 'replaced' | 'unchanged';
    let planId: number;
    if (!existing) {
      const row: Row = { ...Object.fromEntries(columns.map((c) => [c, null])), ...values, ...owner.columns, [adapter.ownerColumn]: owner.ownerId, updated_at: importedAt };
      const names = Object.keys(row);
      planId = Number(prepared(`INSERT INTO ${t.plans} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(row).lastInsertRowid);
      outcome = 'added';
    } else {
      planId = existing.id;
      const changed = Object.entries(values).filter(([c, v]) => existing[c] !== v);
      if (changed.length > 0) {
        prepared(`UPDATE ${t.plans} SET ${changed.map(([c]) => `${c} = @${c}`).join(', ')}, updated_at = @updated_at WHERE id = @id`).run({ ...Object.fromEntries(changed), updated_at: importedAt, id: planId });
      }
      outcome = changed.length > 0 ? 'replaced' : 'unchanged';
    }
    if (owner.note) note(adapter.sheetNames.plans, r.row, ctx.header(adapter.keyColumn), owner.note);
    const submittedAt = r.submittedAt === null ? null : toTaipeiInstant(instantOf(r.submittedAt));
    const events: NewEvent[] = submittedAt !== null && r.status !== '暫存' ? [{ action: '送出', at: submittedAt, ...source }] : [];
    if (appendEvents(sqlite, adapter.kind, planId, events) > 0 && outcome === 'unchanged') outcome = 'replaced';
    plans.set(key, { planId, row: r.row, status: r.status, submittedAt });
    touched.add(planId);
    return outcome;
  }

  function writeHours(r: HoursRecord): RowOutcome {
    const key = r[adapter.keyColumn] as string;
    const plan = plans.get(key);
    if (!plan) return [{ column: adapter.kind === 'school' ? '學校代碼' : '身分證字號', reason: `「${adapter.sheetNames.plans}」工作表沒有這${adapter.kind === 'school' ? '所學校' : '位教師'}的規劃（或該列未匯入），本列未匯入` }];
    if (!Number.isFinite(r.hours) || r.hours < 0) return [{ column: '規劃時數', reason: '規劃時數不可為負數' }];
    if (seenHours.run(plan.planId, r.category).changes === 0) return [{ column: '課程類別', reason: `課程類別 ${r.category} 在同一份規劃中重複，本列未匯入` }];
    const hundredths = toHundredths(r.hours);
    const stored = findHours.get(plan.planId, r.category) as { hundredths: number } | undefined;
    if (!known.has(r.category)) {
      const why = isWellFormedCode(r.category) ? `不在 ${year} 學年度的課程分類中` : '格式不正確';
      note(adapter.sheetNames.hours, r.row, '課程類別', `課程類別「${r.category}」${why}，這筆時數不計入領域合計`);
    }
    if (stored?.hundredths === hundredths) return 'unchanged';
    putHours.run(plan.planId, r.category, hundredths);
    return stored ? 'replaced' : 'added';
  }

  function writeLog(r: LogRecord): RowOutcome {
    if (refused.has(r.target)) return [{ column: '對象', reason: `「${adapter.sheetNames.plans}」工作表中這份規劃未匯入，它的狀態紀錄也不匯入` }];
    const stored = plans.get(r.target)?.planId ?? storedPlanOf(r.target, r);
    if (typeof stored === 'string') return [{ column: '對象', reason: stored }];
    touched.add(stored);
    const event: NewEvent = { action: r.action, at: instantOf(r.at), actor: r.actor, reason: r.reason, ...source };
    return appendEvents(sqlite, adapter.kind, stored, [event]) > 0 ? 'added' : 'unchanged';
  }

  function storedPlanOf(key: string, r: Row): number | string {
    const owner = adapter.owner(key, r);
    if (typeof owner === 'string') return owner;
    const plan = findPlan.get(owner.ownerId) as { id: number } | undefined;
    return plan?.id ?? `${adapter.shown(key)} 在資料庫與本檔案中都沒有規劃，無法記錄狀態，本列未匯入`;
  }

  return {
    write(record) {
      if ('status' in record) return writePlan(record as PlanRecord);
      if ('category' in record) return writeHours(record as HoursRecord);
      return writeLog(record as LogRecord);
    },
    finish() {
      const filePlanIds = [...plans.values()].map((p) => p.planId);
      removeUnlistedHours(sqlite, t.hours, filePlanIds);
      rederivePlans(sqlite, adapter.kind, year, [...touched]);
      settleFileStatuses();
      if (notes.length > 0) {
        const last = sqlite.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM import_rejections WHERE import_id = ?').get(ctx.importId) as { seq: number };
        addRejections(sqlite, ctx.importId, last.seq, notes);
      }
      sqlite.exec('DROP TABLE IF EXISTS temp.plan_import_hours');
      return { missing: 0 };
    },
  };

  /**
   * The file's 狀態 against the history it left. The file's status is taken, as of the import, when
   * it only adds to what the history knows: a plan with no status yet (new, or deleted) becomes the
   * file's draft or returned plan (a draft has no date in the file), and a plan submitted at the very
   * 送出時間 the file gives becomes returned. Any other difference means the history (an officer's
   * return, a later submission, the log) is newer than the column: the history stands, reported.
   */
  function settleFileStatuses(): void {
    const current = sqlite.prepare(`SELECT status, last_submitted_at FROM ${t.plans} WHERE id = ?`);
    const history = sqlite.prepare(`SELECT action, at FROM ${t.events} WHERE plan_id = ? AND action <> '已審閱' ORDER BY seq`);
    const settled: number[] = [];
    for (const plan of plans.values()) {
      const now = current.get(plan.planId) as { status: string | null; last_submitted_at: string | null };
      if (now.status === plan.status) continue;
      const takes =
        (now.status === null && plan.status !== '送出') ||
        (now.status === '送出' && plan.status === '退回修改' && plan.submittedAt !== null && now.last_submitted_at === plan.submittedAt);
      if (takes) {
        const reason = plan.status === '退回修改' ? '匯入檔案的狀態為退回修改（檔案沒有退回紀錄）' : null;
        appendEvents(sqlite, adapter.kind, plan.planId, [{ action: plan.status, at: importedAt, reason, ...source }]);
        settled.push(plan.planId);
        continue;
      }
      const derived = planStatus(history.all(plan.planId) as { action: PlanAction; at: string }[]) ?? '無規劃（已刪除）';
      note(adapter.sheetNames.plans, plan.row, ctx.header('status'), `檔案的狀態為「${plan.status}」，狀態紀錄顯示目前為「${derived}」，以狀態紀錄為準`);
    }
    rederivePlans(sqlite, adapter.kind, year, settled);
  }
}

/** A plan's hours are what the file lists: hours the file no longer has are removed. */
function removeUnlistedHours(sqlite: WriterContext['sqlite'], table: string, planIds: readonly number[]): void {
  if (planIds.length === 0) return;
  sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS plan_import_plans (id INTEGER PRIMARY KEY)');
  sqlite.exec('DELETE FROM temp.plan_import_plans');
  const add = sqlite.prepare('INSERT OR IGNORE INTO temp.plan_import_plans (id) VALUES (?)');
  for (const id of planIds) add.run(id);
  sqlite.exec(`DELETE FROM ${table} WHERE plan_id IN (SELECT id FROM temp.plan_import_plans)
    AND NOT EXISTS (SELECT 1 FROM temp.plan_import_hours s WHERE s.plan_id = ${table}.plan_id AND s.code = ${table}.code)`);
  sqlite.exec('DROP TABLE IF EXISTS temp.plan_import_plans');
}
