// Plans (issue 5): lists, detail, the officer's return and review, filing progress, the 催覆 list.
// Every handler first brings the year's derived filing statuses up to date with its schedule and
// registry (refreshPlanFiling — about a millisecond when nothing changed), and every write is one
// transaction: the history event and the re-derived plan row land together.
import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { Sqlite } from '../../db/connection.ts';
import { planExists, readPlanDetail } from '../../db/queries/planDetail.ts';
import { refreshPlanFiling } from '../../db/queries/planFiling.ts';
import { listSchoolPlans, listTeacherPlans } from '../../db/queries/planLists.ts';
import { filingProgress, filingStatusReport } from '../../db/queries/planProgress.ts';
import { allReminders, listReminders } from '../../db/queries/planReminders.ts';
import { appendEvents, rederivePlans, type PlanKind } from '../../db/queries/plans.ts';
import { readSchedule } from '../../db/queries/schedule.ts';
import type { PlanDetail } from '../../preload/contracts/plans.ts';
import { authorityKey } from '../engine/authorityName.ts';
import { REVIEW_ACTION } from '../engine/planReview.ts';
import { toTaipeiInstant } from '../engine/rocDate.ts';
import { writePlanImportFiles } from '../exports/planFiles.ts';
import { remindersWorkbook } from '../exports/remindersWorkbook.ts';
import type { Handlers } from './context.ts';
import { AppError } from './errors.ts';
import { requireYear } from './scheduleState.ts';

/** Who did it: the operating system's user name, as the history's actor. */
function officer(): string {
  try {
    return userInfo().username || '承辦人';
  } catch {
    return '承辦人';
  }
}

/** EACCES, ENOENT, EBUSY …: the folder or file, not the app. */
function isFileSystemError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && /^E[A-Z]+$/.test(error.code);
}

function ready(sqlite: Sqlite, year: number): void {
  requireYear(sqlite, year);
  try {
    refreshPlanFiling(sqlite, year);
  } catch (error) {
    // An import holds the write lock: it brings the statuses up to date itself when it lands, so a
    // list shown meanwhile may use the ones stored, rather than fail.
    if (!(error instanceof Error && 'code' in error && (error.code === 'SQLITE_BUSY' || error.code === 'SQLITE_LOCKED'))) throw error;
  }
}

function detailOf(sqlite: Sqlite, kind: PlanKind, id: number): PlanDetail {
  const year = planExists(sqlite, kind, id)?.year;
  if (year === undefined) throw new AppError('NOT_FOUND', `找不到這份${kind === 'school' ? '學校' : '教師'}規劃，可能已被重新匯入的資料取代。請重新整理清單。`);
  ready(sqlite, year);
  return readPlanDetail(sqlite, kind, id)!;
}

function instantOr(at: string | undefined): string {
  try {
    return toTaipeiInstant(at ?? new Date());
  } catch {
    throw new AppError('BAD_INPUT', `無法辨識的時間「${at ?? ''}」。`);
  }
}

function knownAuthority(sqlite: Sqlite, year: number, name: string | null): string | null {
  if (name === null) return null;
  const names = (sqlite.prepare('SELECT name FROM authorities WHERE year = ? ORDER BY sort_order, code').all(year) as { name: string }[]).map((r) => r.name);
  const found = names.find((n) => authorityKey(n) === authorityKey(name));
  if (!found) throw new AppError('NOT_FOUND', `${year} 學年度沒有「${name}」這個主管機關。可用的有：${names.join('、')}。`);
  return found;
}

/** Appends one event of the officer's and derives the plan again, in one transaction. */
function act(sqlite: Sqlite, kind: PlanKind, id: number, event: { action: '退回修改' | typeof REVIEW_ACTION; reason: string | null }): PlanDetail {
  sqlite.transaction(() => {
    const before = detailOf(sqlite, kind, id);
    if (before.status !== '送出') {
      const now = before.status === null ? '沒有規劃' : `目前為「${before.status}」`;
      const what = event.action === '退回修改' ? '退回' : '標記為已審閱';
      throw new AppError('NOT_SUBMITTED', `只有已送出的規劃可以${what}；這份規劃${now}。`);
    }
    if (event.action === REVIEW_ACTION && before.reviewedAt !== null) {
      throw new AppError('ALREADY_REVIEWED', '這份規劃的這次送出已經標記為已審閱。');
    }
    appendEvents(sqlite, kind, id, [{ action: event.action, at: toTaipeiInstant(new Date()), actor: officer(), reason: event.reason, origin: 'app' }]);
    rederivePlans(sqlite, kind, before.year, [id]);
  })();
  return detailOf(sqlite, kind, id);
}

export const planHandlers: Handlers<
  | 'plans:schools'
  | 'plans:teachers'
  | 'plans:detail'
  | 'plans:return'
  | 'plans:review'
  | 'plans:progress'
  | 'plans:status'
  | 'plans:reminders'
  | 'plans:remindersFile'
  | 'plans:exportFiles'
> = {
  'plans:schools'(input, { store }) {
    ready(store.sqlite, input.year);
    return listSchoolPlans(store.sqlite, input);
  },

  'plans:teachers'(input, { store }) {
    ready(store.sqlite, input.year);
    return listTeacherPlans(store.sqlite, input);
  },

  'plans:detail': ({ kind, id }, { store }) => detailOf(store.sqlite, kind, id),

  'plans:return'({ kind, id, reason }, { store }) {
    if (reason === '') throw new AppError('REASON_REQUIRED', '退回修改必須填寫原因，讓學校或教師知道要修正什麼。');
    return act(store.sqlite, kind, id, { action: '退回修改', reason });
  },

  'plans:review': ({ kind, id }, { store }) => act(store.sqlite, kind, id, { action: REVIEW_ACTION, reason: null }),

  'plans:progress'({ year }, { store }) {
    ready(store.sqlite, year);
    return { ...filingProgress(store.sqlite, year), hasSchedule: readSchedule(store.sqlite, year) !== null };
  },

  'plans:status'({ year, authority }, { store }) {
    ready(store.sqlite, year);
    return filingStatusReport(store.sqlite, year, knownAuthority(store.sqlite, year, authority));
  },

  'plans:reminders'({ year, kind, filter, at, page }, { store }) {
    ready(store.sqlite, year);
    const instant = instantOr(at);
    return { ...listReminders(store.sqlite, { year, kind, filter, at: instant, page }), at: instant };
  },

  async 'plans:remindersFile'({ year, kind, filter, at }, { store }) {
    ready(store.sqlite, year);
    const rows = allReminders(store.sqlite, { year, kind, filter, at: instantOr(at) });
    const file = await remindersWorkbook(kind, year, rows);
    return { fileName: file.fileName, base64: file.data.toString('base64'), rows: rows.length };
  },

  async 'plans:exportFiles'({ year, outDir }, { store }) {
    ready(store.sqlite, year);
    const demo = store.sqlite.prepare('SELECT is_demo FROM school_years WHERE year = ?').get(year) as { is_demo: number };
    if (demo.is_demo !== 1) {
      throw new AppError('NOT_DEMO', `${year} 學年度不是示範資料。規劃匯入檔含完整身分證字號，只能由示範學年度產生。`);
    }
    const dir = resolve(outDir);
    try {
      mkdirSync(dir, { recursive: true });
      return { files: await writePlanImportFiles(store.sqlite, year, dir) };
    } catch (error) {
      if (!isFileSystemError(error)) throw error;
      throw new AppError('WRITE_FAILED', `無法寫入資料夾「${dir}」：請確認有寫入權限、檔案沒有被 Excel 開啟。`);
    }
  },
};
