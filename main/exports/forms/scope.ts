// Resolving the filters of a form's scope against the registry of the year, with messages that
// tell the officer what was not found.

import type { Store } from '../../../db/connection.ts';
import { authorityKey } from '../../engine/authorityName.ts';
import { AppError } from '../../api/errors.ts';

export interface AuthorityRow {
  id: number;
  name: string;
  code: string;
}

/** The authorities the scope covers: one when `authority` is given, else all of the year in their order. */
export async function authoritiesOf(store: Store, year: number, authority?: string): Promise<AuthorityRow[]> {
  const rows = await store.db
    .selectFrom('authorities')
    .select(['id', 'name', 'code'])
    .where('year', '=', year)
    .orderBy('sort_order')
    .orderBy('code')
    .execute();
  if (rows.length === 0) throw new AppError('NOT_FOUND', `${year} 學年度還沒有主管機關資料，請先匯入或建立該學年度的資料。`);
  if (authority === undefined) return rows;
  const key = authorityKey(authority);
  const found = rows.filter((r) => authorityKey(r.name) === key);
  if (found.length === 0) throw new AppError('NOT_FOUND', `${year} 學年度找不到主管機關「${authority}」。`);
  return found;
}

/** Characters no file system accepts in a name, and the ones Windows reserves. */
export function fileStem(...parts: string[]): string {
  return parts
    .join('_')
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/[. ]+$/, '')
    .slice(0, 120);
}
