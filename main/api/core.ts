import { schemaVersion } from '../../db/migrate.ts';
import { listYears, overview, tableCounts } from '../../db/queries/years.ts';
import { createDemo } from '../../db/demo/index.ts';
import type { DB } from '../../db/schema.ts';
import type { Handlers } from './context.ts';
import { AppError } from './errors.ts';

const COUNTED_TABLES: readonly (keyof DB)[] = ['school_years', 'authorities', 'schools', 'teachers', 'classification_versions', 'classification_items'];

export const coreHandlers: Handlers<'app:info' | 'years:list' | 'demo:create' | 'overview:get'> = {
  async 'app:info'(_input, { store, appVersion }) {
    return {
      appVersion,
      schemaVersion: schemaVersion(store.sqlite),
      dbPath: store.path,
      years: await listYears(store.db),
      tables: await tableCounts(store.db, COUNTED_TABLES),
    };
  },

  'years:list': (_input, { store }) => listYears(store.db),

  async 'demo:create'({ scale, year, seed }, { store }) {
    const existing = await listYears(store.db);
    if (existing.some((y) => y.year === year)) {
      throw new AppError('YEAR_EXISTS', `${year} 學年度已有資料，示範資料不會覆蓋它。`);
    }
    createDemo(store.sqlite, { scale, year, ...(seed === undefined ? {} : { seed }) });
    const created = (await listYears(store.db)).find((y) => y.year === year);
    if (!created) throw new AppError('DEMO_FAILED', '示範資料沒有建立成功。');
    return created;
  },

  async 'overview:get'({ year }, { store }) {
    const summary = (await listYears(store.db)).find((y) => y.year === year);
    if (!summary) throw new AppError('NO_YEAR', `資料庫裡沒有 ${year} 學年度。`);
    return { ...summary, ...(await overview(store.db, year)) };
  },
};
