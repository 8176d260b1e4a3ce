// Which rostered teacher an hour record belongs to (formats.md, the rules under the table). The
// national site exports names, not IDs, so a row is matched
//   1. by national ID when it has one (and only by it: a wrong ID is not rescued by the name),
//   2. else by name within its school (學校代碼, else the school's name 服務學校),
//   3. else by name within the school's authority, when the name is unique there.
// A row that matches nobody, or several teachers, is never guessed: it goes to 待確認 with the reason.
// The index is built once per import and school year; a row costs three lookups (name, school,
// school × name), integer-keyed where it can be.

import { maskNationalId } from './nationalId.ts';
import { PairTable } from './pairTable.ts';

export interface RosterSchool {
  id: number;
  code: string;
  name: string;
  authorityId: number;
}

export interface RosterTeacher {
  id: number;
  name: string;
  schoolId: number;
}

export interface HourRowIdentity {
  name: string;
  nationalId: string | null;
  schoolCode: string | null;
  schoolName: string | null;
}

export interface RosterIndex {
  year: number;
  /** National ID → teacher id, built on the first row that has an ID (the national site's exports have none). */
  byNationalId: () => Map<string, number>;
  schoolByCode: Map<string, RosterSchool>;
  /** A school name shared by several schools maps to null: it names no school. */
  schoolByName: Map<string, RosterSchool | null>;
  /** Every teacher name of the roster (nameKey) as a small integer. */
  nameIds: Map<string, number>;
  /** (school id, name id) → teacher id, or −(number of teachers) when the name repeats there. */
  bySchoolName: PairTable;
  /** (authority id, name id) → teacher id, or −(number of teachers). */
  byAuthorityName: PairTable;
  /** The year's only authority (a county installation), which a row without a school still names. */
  onlyAuthority: number | null;
}

const SPACES_RE = /\s+/g;
// What NFKC would change in a name: spaces, full-width forms, CJK compatibility ideographs and
// radicals. Most names have none of them, and this test costs far less than normalize() on a
// million rows.
const FOLDABLE_RE = /[\s\u2e80-\u2fdf\u3000\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

/** Names as the roster and the national site may write them: full-width folded, spaces removed. */
export function nameKey(name: string): string {
  return FOLDABLE_RE.test(name) ? name.normalize('NFKC').replace(SPACES_RE, '') : name;
}

function countInto(table: PairTable, group: number, nameId: number, teacherId: number): void {
  const seen = table.get(group, nameId);
  table.set(group, nameId, seen === undefined ? teacherId : seen > 0 ? -2 : seen - 1);
}

/**
 * `teachers` may be a stream (a 200,000-teacher roster need not sit in memory as objects); `expected`
 * sizes the tables; `nationalIds` lists (ID, teacher id) when a row first needs them.
 */
export function buildRosterIndex(
  year: number,
  schools: readonly RosterSchool[],
  teachers: Iterable<RosterTeacher>,
  expected: number,
  nationalIds: () => Iterable<readonly [string, number]>,
): RosterIndex {
  const schoolById = new Map<number, RosterSchool>();
  const schoolByCode = new Map<string, RosterSchool>();
  const schoolByName = new Map<string, RosterSchool | null>();
  const authorities = new Set<number>();
  for (const s of schools) {
    schoolById.set(s.id, s);
    schoolByCode.set(s.code, s);
    const key = nameKey(s.name);
    schoolByName.set(key, schoolByName.has(key) ? null : s);
    authorities.add(s.authorityId);
  }
  let idMap: Map<string, number> | null = null;
  const byNationalId = (): Map<string, number> => (idMap ??= new Map(nationalIds()));
  const nameIds = new Map<string, number>();
  const bySchoolName = new PairTable(expected);
  const byAuthorityName = new PairTable(expected);
  for (const t of teachers) {
    const school = schoolById.get(t.schoolId);
    if (!school) continue;
    const name = nameKey(t.name);
    let nameId = nameIds.get(name);
    if (nameId === undefined) nameIds.set(name, (nameId = nameIds.size));
    countInto(bySchoolName, school.id, nameId, t.id);
    countInto(byAuthorityName, school.authorityId, nameId, t.id);
  }
  const onlyAuthority = authorities.size === 1 ? ([...authorities][0] ?? null) : null;
  return { year, byNationalId, schoolByCode, schoolByName, nameIds, bySchoolName, byAuthorityName, onlyAuthority };
}

/** The school a row names: by 學校代碼, else by 服務學校 (a name several schools share names none). */
function schoolOf(index: RosterIndex, row: HourRowIdentity): RosterSchool | null {
  if (row.schoolCode !== null) return index.schoolByCode.get(row.schoolCode) ?? null;
  if (row.schoolName !== null) return index.schoolByName.get(nameKey(row.schoolName)) ?? null;
  return null;
}

/** Why a row names no school (only worked out for rows that end up unmatched). */
function noSchool(index: RosterIndex, row: HourRowIdentity): string {
  if (row.schoolCode !== null) return `學校代碼「${row.schoolCode}」不在 ${index.year} 學年度的學校名單`;
  if (row.schoolName === null) return '沒有學校代碼或服務學校';
  return index.schoolByName.get(nameKey(row.schoolName)) === null
    ? `有多所學校名為「${row.schoolName}」，無法確定是哪一所`
    : `服務學校「${row.schoolName}」不在 ${index.year} 學年度的學校名單`;
}

/**
 * The teacher a row names, or 0 — the hot path of an import (a million rows): a few lookups, no
 * allocation. explainNoMatch says why a row found nobody.
 */
export function findTeacher(index: RosterIndex, row: HourRowIdentity): number {
  if (row.nationalId !== null) return index.byNationalId().get(row.nationalId) ?? 0;
  // A name nobody on the roster has matches nowhere.
  const nameId = index.nameIds.get(nameKey(row.name));
  if (nameId === undefined) return 0;
  const school = schoolOf(index, row);
  if (school) {
    const found = index.bySchoolName.get(school.id, nameId);
    if (found !== undefined) return found > 0 ? found : 0;
  }
  const authorityId = school?.authorityId ?? index.onlyAuthority;
  if (authorityId === null) return 0;
  const found = index.byAuthorityName.get(authorityId, nameId);
  return found !== undefined && found > 0 ? found : 0;
}

/** Why findTeacher found nobody for this row: no such teacher, or several. */
export function explainNoMatch(index: RosterIndex, row: HourRowIdentity): { problem: 'unmatched' | 'ambiguous'; reason: string } {
  if (row.nationalId !== null) {
    return { problem: 'unmatched', reason: `身分證字號 ${maskNationalId(row.nationalId)} 不在 ${index.year} 學年度的教師名冊` };
  }
  const nameId = index.nameIds.get(nameKey(row.name));
  const school = schoolOf(index, row);
  const inSchool = school && nameId !== undefined ? index.bySchoolName.get(school.id, nameId) : undefined;
  if (school && inSchool !== undefined && inSchool < 0) {
    return { problem: 'ambiguous', reason: `${school.name}有 ${-inSchool} 位教師名叫「${row.name}」` };
  }
  const authorityId = school?.authorityId ?? index.onlyAuthority;
  if (authorityId === null) return { problem: 'unmatched', reason: `${noSchool(index, row)}，無法依姓名比對教師` };
  const inAuthority = nameId === undefined ? undefined : index.byAuthorityName.get(authorityId, nameId);
  if (inAuthority !== undefined && inAuthority < 0) {
    return { problem: 'ambiguous', reason: `同一主管機關有 ${-inAuthority} 位教師名叫「${row.name}」${school ? `，但都不在${school.name}` : ''}` };
  }
  const noted = !school && (row.schoolCode ?? row.schoolName) !== null ? `${noSchool(index, row)}；` : '';
  return { problem: 'unmatched', reason: `${noted}${index.year} 學年度的教師名冊${school ? `（${school.name}及其主管機關）` : ''}沒有名叫「${row.name}」的教師` };
}

/**
 * What identifies a row's teacher as written in the file: an officer's decision for one row applies
 * to every later row written the same way (the same file imported again, next month's export).
 */
export function identityKey(row: HourRowIdentity): string {
  return [nameKey(row.name), row.nationalId ?? '', row.schoolCode ?? '', row.schoolName === null ? '' : nameKey(row.schoolName)].join('\t');
}
