import { authorityHours, schoolHours, teacherHoursList } from '../../db/queries/hourBrowse.ts';
import { listPending, pendingCandidates } from '../../db/queries/hourPending.ts';
import { hoursSummary, listCourses, teacherHours } from '../../db/queries/hours.ts';
import { schoolYearRow } from '../../db/queries/yearSetup.ts';
import { generateDemoHours } from '../../db/demo/hours.ts';
import { resolvePending, ResolveRefused, retryPending } from '../imports-db/hours/resolve.ts';
import type { Handlers } from './context.ts';
import { AppError, notFound } from './errors.ts';

type HoursChannels =
  | 'hours:summary'
  | 'hours:courses'
  | 'hours:authorities'
  | 'hours:schools'
  | 'hours:teachers'
  | 'hours:teacher'
  | 'hours:pending'
  | 'hours:candidates'
  | 'hours:resolve'
  | 'hours:demo'
  | 'hours:retry';

const BUSY = '資料庫正在進行另一項寫入作業（可能是匯入），這次操作沒有執行。請稍後再試。';

function isBusy(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error.code === 'SQLITE_BUSY' || error.code === 'SQLITE_LOCKED');
}

/** A write of this area: one transaction, a busy database and a refused choice in Chinese. */
function writing<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ResolveRefused) throw new AppError('RESOLVE_REFUSED', error.message);
    if (isBusy(error)) throw new AppError('DB_BUSY', BUSY);
    throw error;
  }
}

export const hoursHandlers: Handlers<HoursChannels> = {
  'hours:summary'({ year }, { store }) {
    if (!schoolYearRow(store.sqlite, year)) throw new AppError('NO_YEAR', `資料庫裡沒有 ${year} 學年度。`);
    return hoursSummary(store.sqlite, year);
  },

  'hours:courses': (input, { store }) => listCourses(store.sqlite, input),

  'hours:authorities': ({ year }, { store }) => authorityHours(store.sqlite, year),

  'hours:schools': (input, { store }) => schoolHours(store.sqlite, input),

  'hours:teachers': (input, { store }) => teacherHoursList(store.sqlite, input),

  'hours:teacher'({ teacherId }, { store }) {
    const found = teacherHours(store.sqlite, teacherId);
    if (!found) throw notFound('這位教師');
    return found;
  },

  'hours:pending': (input, { store }) => listPending(store.sqlite, input),

  'hours:candidates'({ pendingId, q }, { store }) {
    const found = pendingCandidates(store.sqlite, pendingId, q);
    if (!found) throw notFound('這一列待確認資料（可能已處理過）');
    return found;
  },

  'hours:resolve': ({ pendingId, resolution }, { store }) =>
    writing(() => store.sqlite.transaction(() => resolvePending(store.sqlite, pendingId, resolution))()),

  'hours:demo'({ year, seed }, { store }) {
    const row = schoolYearRow(store.sqlite, year);
    if (!row) throw new AppError('NO_YEAR', `資料庫裡沒有 ${year} 學年度。`);
    if (!row.is_demo) throw new AppError('NOT_DEMO', `${year} 學年度不是示範資料，示範研習時數只能加到示範學年度。`);
    if (store.sqlite.prepare('SELECT 1 FROM hour_totals WHERE year = ? LIMIT 1').get(year)) {
      throw new AppError('HOURS_EXIST', `${year} 學年度已有研習時數，示範資料不會覆蓋它。`);
    }
    return writing(() => store.sqlite.transaction(() => generateDemoHours(store.sqlite, { year, seed }))());
  },

  'hours:retry'({ year }, { store }) {
    if (!schoolYearRow(store.sqlite, year)) throw new AppError('NO_YEAR', `資料庫裡沒有 ${year} 學年度。`);
    const { placed, dropped, remaining } = writing(() => store.sqlite.transaction(() => retryPending(store.sqlite, year))());
    return { placed, dropped, remaining };
  },
};
