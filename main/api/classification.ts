import { basename } from 'node:path';
import type { Sqlite } from '../../db/connection.ts';
import { insertClassificationVersion } from '../../db/queries/classification.ts';
import { schoolYearRow } from '../../db/queries/yearSetup.ts';
import { compareCodes } from '../engine/taxonomyRules.ts';
import { ImportRefused, readTaxonomyFile, TaxonomyRefused } from '../imports/taxonomy.ts';
import type { Handlers } from './context.ts';
import { AppError } from './errors.ts';
import { listMessage, requireYear } from './scheduleState.ts';

interface VersionRow {
  id: number;
  label: string;
  source: string;
  created_at: string;
  items: number;
}

function versions(sqlite: Sqlite) {
  const usedBy = new Map<number, number[]>();
  const years = sqlite.prepare('SELECT year, classification_version_id AS id FROM school_years ORDER BY year').all() as {
    year: number;
    id: number | null;
  }[];
  for (const y of years) if (y.id !== null) usedBy.set(y.id, [...(usedBy.get(y.id) ?? []), y.year]);
  const rows = sqlite
    .prepare(
      `SELECT v.id, v.label, v.source, v.created_at,
         (SELECT COUNT(*) FROM classification_items i WHERE i.version_id = v.id) AS items
       FROM classification_versions v ORDER BY v.id DESC`,
    )
    .all() as VersionRow[];
  return rows.map((v) => ({ id: v.id, label: v.label, source: v.source, createdAt: v.created_at, items: v.items, years: usedBy.get(v.id) ?? [] }));
}

function itemsOf(sqlite: Sqlite, versionId: number) {
  const rows = sqlite
    .prepare('SELECT code, name, parent_code, depth FROM classification_items WHERE version_id = ?')
    .all(versionId) as { code: string; name: string; parent_code: string | null; depth: number }[];
  return rows
    .map((r) => ({ code: r.code, name: r.name, parentCode: r.parent_code, depth: r.depth }))
    .sort((a, b) => compareCodes(a.code, b.code));
}

const sameItems = (a: readonly { code: string; name: string }[], b: readonly { code: string; name: string }[]): boolean =>
  a.length === b.length && a.every((item, i) => item.code === b[i]?.code && item.name === b[i]?.name);

export const classificationHandlers: Handlers<'classification:tree' | 'classification:import'> = {
  'classification:tree'({ year, versionId }, { store }) {
    const { sqlite } = store;
    requireYear(sqlite, year);
    const all = versions(sqlite);
    const yearVersionId = schoolYearRow(sqlite, year)?.classification_version_id ?? null;
    const shownId = versionId ?? yearVersionId;
    const version = all.find((v) => v.id === shownId) ?? null;
    if (versionId !== undefined && version === null) throw new AppError('NOT_FOUND', `找不到第 ${versionId} 版課程分類。`);
    return { year, version, yearVersionId, versions: all, items: version ? itemsOf(sqlite, version.id) : [] };
  },

  async 'classification:import'({ year, path, label }, { store }) {
    const { sqlite } = store;
    requireYear(sqlite, year);
    let file;
    try {
      file = await readTaxonomyFile(path);
    } catch (error) {
      if (error instanceof TaxonomyRefused) {
        const lines = error.problems.map((p) => `「${p.sheet}」第 ${p.row} 列「${p.column}」：${p.reason}`);
        throw new AppError('FILE_REFUSED', listMessage(`${error.message}，沒有匯入，資料沒有任何變更`, lines));
      }
      if (error instanceof ImportRefused) throw new AppError('FILE_REFUSED', `${error.message}。資料沒有任何變更。`);
      throw error;
    }
    const items = [...file.items].sort((a, b) => compareCodes(a.code, b.code));
    return sqlite.transaction(() => {
      const previousVersionId = schoolYearRow(sqlite, year)?.classification_version_id ?? null;
      // The same list again is no new version: importing a file twice changes nothing.
      if (previousVersionId !== null && sameItems(itemsOf(sqlite, previousVersionId), items)) {
        const current = versions(sqlite).find((v) => v.id === previousVersionId)!;
        return { year, versionId: current.id, label: current.label, items: items.length, previousVersionId, unchanged: true };
      }
      const versionLabel = label ?? `${basename(path)}（${year} 學年度匯入）`;
      const versionId = insertClassificationVersion(sqlite, { label: versionLabel, source: `匯入 ${basename(path)}`, items });
      sqlite.prepare('UPDATE school_years SET classification_version_id = ? WHERE year = ?').run(versionId, year);
      return { year, versionId, label: versionLabel, items: items.length, previousVersionId, unchanged: false };
    })();
  },
};
