// The year's authorities and schools as the other kinds refer to them: authorities by code or by
// any usual spelling of their name, schools by code. Loaded once per import (a national year has
// 23 authorities and about 3,500 schools).

import type { Sqlite } from '../../../db/connection.ts';
import { authorityKey } from '../../engine/authorityName.ts';

export function authorityLookup(sqlite: Sqlite, year: number): (text: string) => number | null {
  const rows = sqlite.prepare('SELECT id, code, name FROM authorities WHERE year = ?').all(year) as { id: number; code: string; name: string }[];
  const byKey = new Map<string, number>();
  for (const r of rows) byKey.set(authorityKey(r.name), r.id);
  // A code is looked up only after every name, so a name never loses to a code that spells the same.
  for (const r of rows) if (!byKey.has(r.code)) byKey.set(r.code, r.id);
  return (text) => byKey.get(authorityKey(text)) ?? null;
}

export function schoolLookup(sqlite: Sqlite, year: number): (code: string) => number | null {
  const rows = sqlite.prepare('SELECT id, code FROM schools WHERE year = ?').all(year) as { id: number; code: string }[];
  const byCode = new Map(rows.map((r) => [r.code, r.id]));
  return (code) => byCode.get(code) ?? null;
}

export function unknownAuthority(year: number, text: string): string {
  return `${year} 學年度沒有「${text}」這個主管機關，請先匯入主管機關或修正名稱`;
}

export function unknownSchool(year: number, code: string): string {
  return `${year} 學年度沒有學校代碼「${code}」的學校，請先匯入學校名冊或修正代碼`;
}
