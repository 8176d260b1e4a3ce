// The filter every statistics channel takes (a school year, one authority or all, one stage or all),
// resolved against the year's registry, and the SQL condition it puts on a `schools s` row.
import { authorityKey } from '../../main/engine/authorityName.ts';
import type { Stage } from '../../main/engine/vocabulary.ts';
import type { Sqlite } from '../connection.ts';

export interface StatsScope {
  year: number;
  /** The registry's id and spelling of the chosen authority; null for all. */
  authority: { id: number; name: string } | null;
  stage: Stage | null;
}

/** The year's authority an officer's spelling names ('台中市' → 臺中市), or null when there is none. */
export function findAuthority(sqlite: Sqlite, year: number, name: string): { id: number; name: string } | null {
  const rows = sqlite.prepare('SELECT id, name FROM authorities WHERE year = ?').all(year) as { id: number; name: string }[];
  const key = authorityKey(name);
  return rows.find((r) => authorityKey(r.name) === key) ?? null;
}

/** `AND …` on the schools alias `s`, with its parameters. */
export function schoolCondition(scope: StatsScope, alias = 's'): { sql: string; params: (string | number)[] } {
  let sql = '';
  const params: (string | number)[] = [];
  if (scope.authority) {
    sql += ` AND ${alias}.authority_id = ?`;
    params.push(scope.authority.id);
  }
  if (scope.stage) {
    sql += ` AND ${alias}.stage = ?`;
    params.push(scope.stage);
  }
  return { sql, params };
}

/** The year before, when the database holds it. */
export function previousYear(sqlite: Sqlite, year: number): number | null {
  return sqlite.prepare('SELECT 1 FROM school_years WHERE year = ?').get(year - 1) ? year - 1 : null;
}
