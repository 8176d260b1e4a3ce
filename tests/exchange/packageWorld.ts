// Shared set-up of the package tests: a small national demo year (three authorities, with plans and
// hours), packages cut from it, and a dump of every table to prove what an import did or did not change.
import { join } from 'node:path';
import type { Sqlite } from '../../db/connection.ts';
import { createDemo } from '../../db/demo/index.ts';
import { writePackage } from '../../main/exchange/packageWrite.ts';
import { tempStore } from '../helpers/store.ts';

export const AUTHORITIES = ['臺中市', '屏東縣', '教育部國教署'] as const;

export function nationalStore() {
  const store = tempStore();
  createDemo(store.sqlite, { scale: 'small', year: 113, seed: 7 });
  return store;
}

export async function cutPackages(sqlite: Sqlite, dir: string, year = 113): Promise<string[]> {
  const paths: string[] = [];
  for (const authority of AUTHORITIES) {
    const path = join(dir, `${authority}.iapkg`);
    await writePackage(sqlite, { authority, year, path, appVersion: 'test' });
    paths.push(path);
  }
  return paths;
}

/**
 * Every row of every table, in primary-key order: equal dumps mean nothing changed. The audit trail
 * is left out: it records every attempt (a refused or unchanged import too) by design.
 */
export function dumpAll(sqlite: Sqlite): Record<string, unknown[]> {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).raw(true).all()]));
}
