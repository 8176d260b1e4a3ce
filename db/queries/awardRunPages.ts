// Pages of a stored award run's result tabs (schools, teachers), filtered, sorted and cut in SQL,
// with the counts the filter chips show: all candidates matching the place filters (authority,
// stage, search), how many of them were awarded, and how many carry each reason. A 200,000-teacher
// run answers a page in tens of milliseconds; nothing of the run is held in memory.
import { AWARD_REASONS } from '../../main/engine/awards.ts';
import type { AwardReason } from '../../main/engine/awards.ts';
import { FILING_STATUSES } from '../../main/engine/planFiling.ts';
import type { FilingStatus } from '../../main/engine/planFiling.ts';
import type { Stage } from '../../main/engine/vocabulary.ts';
import type { Sqlite } from '../connection.ts';
import { reasonsOf } from './awardRuns.ts';

export interface ResultFilter {
  authority: string | null;
  stage: Stage | null;
  /** true: awarded only; false: not awarded only. */
  awarded: boolean | null;
  reason: AwardReason | null;
  /** Name, school code, or (teachers) masked ID. */
  q: string;
}

export interface TeacherFilter extends ResultFilter {
  /** One school's teachers, by code. */
  school: string | null;
}

export type ResultSort = { by: 'order' | 'score' | 'pr' | 'name'; dir: 'asc' | 'desc' };

export interface ResultCounts {
  total: number;
  awarded: number;
  reasons: Record<AwardReason, number>;
}

const like = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The place filters as SQL on the run's school rows (alias `school`) and their authority (alias a). */
function placeWhere(school: string, filter: ResultFilter, params: unknown[]): string[] {
  const where: string[] = [];
  if (filter.authority !== null) {
    where.push('a.authority = ?');
    params.push(filter.authority);
  }
  if (filter.stage !== null) {
    where.push(`${school}.stage = ?`);
    params.push(filter.stage);
  }
  return where;
}

function outcomeWhere(alias: string, filter: ResultFilter, params: unknown[]): string[] {
  const where: string[] = [];
  if (filter.awarded !== null) {
    where.push(`${alias}.awarded = ?`);
    params.push(filter.awarded ? 1 : 0);
  }
  if (filter.reason !== null) {
    where.push(`(${alias}.reasons & ?) <> 0`);
    params.push(1 << AWARD_REASONS.indexOf(filter.reason));
  }
  return where;
}

const countColumns = (alias: string): string =>
  [`COUNT(*)`, `COALESCE(SUM(${alias}.awarded), 0)`, ...AWARD_REASONS.map((_, i) => `COALESCE(SUM((${alias}.reasons & ${1 << i}) <> 0), 0)`)].join(', ');

function countsOf(row: number[]): ResultCounts {
  const [total, awarded, ...perReason] = row;
  return { total: total!, awarded: awarded!, reasons: Object.fromEntries(AWARD_REASONS.map((r, i) => [r, perReason[i]!])) as Record<AwardReason, number> };
}

const SCORE = { school: 'x.average_hours', teacher: 'x.hundredths' } as const;

function orderBy(kind: 'school' | 'teacher', sort: ResultSort): string {
  const dir = sort.dir === 'desc' ? 'DESC' : 'ASC';
  switch (sort.by) {
    case 'order':
      return `x.seq ${dir}`;
    case 'score':
      return `${SCORE[kind]} ${dir} NULLS LAST, x.seq`;
    case 'pr':
      return `x.pr ${dir} NULLS LAST, x.seq`;
    case 'name':
      return `x.name ${dir}, x.seq`;
  }
}

export interface SchoolResultRow {
  seq: number;
  code: string;
  name: string;
  authority: string;
  stage: Stage;
  teachers: number;
  averageHours: number | null;
  groupSize: number;
  pr: number | null;
  filedOnTime: boolean;
  filing: FilingStatus;
  awarded: boolean;
  reasons: AwardReason[];
}

type SchoolPageRow = [seq: number, code: string, name: string, authority: string, stage: Stage, teachers: number, average: number | null, groupSize: number, pr: number | null, filed: number, filing: number, awarded: number, reasons: number];

export function schoolPage(sqlite: Sqlite, runId: number, filter: ResultFilter, sort: ResultSort, page: { offset: number; limit: number }) {
  const params: unknown[] = [runId];
  const where = ['x.run_id = ?', ...placeWhere('x', filter, params)];
  if (filter.q !== '') {
    where.push(`(x.name LIKE ? ESCAPE '\\' OR x.code LIKE ? ESCAPE '\\')`);
    params.push(like(filter.q), like(filter.q));
  }
  const from = 'award_run_schools x JOIN award_run_authorities a ON a.run_id = x.run_id AND a.seq = x.authority_seq';
  const counts = countsOf(sqlite.prepare(`SELECT ${countColumns('x')} FROM ${from} WHERE ${where.join(' AND ')}`).raw(true).get(...params) as number[]);
  const outcome = outcomeWhere('x', filter, params);
  const all = [...where, ...outcome].join(' AND ');
  const total = sqlite.prepare(`SELECT COUNT(*) FROM ${from} WHERE ${all}`).pluck().get(...params) as number;
  const rows = sqlite
    .prepare(
      `SELECT x.seq, x.code, x.name, a.authority, x.stage, x.teachers, x.average_hours, x.group_size, x.pr, x.filed_on_time, x.filing, x.awarded, x.reasons
       FROM ${from} WHERE ${all} ORDER BY ${orderBy('school', sort)} LIMIT ? OFFSET ?`,
    )
    .raw(true)
    .all(...params, page.limit, page.offset) as SchoolPageRow[];
  return {
    total,
    counts,
    rows: rows.map((r): SchoolResultRow => ({
      seq: r[0], code: r[1], name: r[2], authority: r[3], stage: r[4], teachers: r[5], averageHours: r[6], groupSize: r[7], pr: r[8],
      filedOnTime: r[9] === 1, filing: FILING_STATUSES[r[10]]!, awarded: r[11] === 1, reasons: reasonsOf(r[12]),
    })),
  };
}

export interface TeacherResultRow {
  seq: number;
  maskedId: string;
  name: string;
  school: string;
  schoolName: string;
  authority: string;
  stage: Stage;
  hours: number;
  groupSize: number;
  pr: number;
  filedOnTime: boolean;
  filing: FilingStatus;
  awarded: boolean;
  reasons: AwardReason[];
}

type TeacherPageRow = [seq: number, maskedId: string, name: string, school: string, schoolName: string, authority: string, stage: Stage, hundredths: number, groupSize: number, pr: number, filed: number, filing: number, awarded: number, reasons: number];

export function teacherPage(sqlite: Sqlite, runId: number, filter: TeacherFilter, sort: ResultSort, page: { offset: number; limit: number }) {
  // The place filters pick school positions first (a few thousand rows), so the teachers are read once.
  const placeParams: unknown[] = [runId];
  const place = ['s.run_id = ?', ...placeWhere('s', filter, placeParams)];
  if (filter.school !== null) {
    place.push('s.code = ?');
    placeParams.push(filter.school);
  }
  const narrowed = place.length > 1;
  const params: unknown[] = [runId];
  const where = ['x.run_id = ?'];
  if (narrowed) {
    where.push(`x.school_seq IN (SELECT s.seq FROM award_run_schools s JOIN award_run_authorities a ON a.run_id = s.run_id AND a.seq = s.authority_seq WHERE ${place.join(' AND ')})`);
    params.push(...placeParams);
  }
  if (filter.q !== '') {
    where.push(`(x.name LIKE ? ESCAPE '\\' OR x.masked_id LIKE ? ESCAPE '\\' OR x.school_seq IN (SELECT seq FROM award_run_schools WHERE run_id = ? AND code = ?))`);
    params.push(like(filter.q), like(filter.q), runId, filter.q);
  }
  const counts = countsOf(sqlite.prepare(`SELECT ${countColumns('x')} FROM award_run_teachers x WHERE ${where.join(' AND ')}`).raw(true).get(...params) as number[]);
  const outcome = outcomeWhere('x', filter, params);
  const all = [...where, ...outcome].join(' AND ');
  const total = outcome.length === 0 ? counts.total : (sqlite.prepare(`SELECT COUNT(*) FROM award_run_teachers x WHERE ${all}`).pluck().get(...params) as number);
  const rows = sqlite
    .prepare(
      `SELECT x.seq, x.masked_id, x.name, s.code, s.name, a.authority, s.stage, x.hundredths, x.group_size, x.pr, x.filed_on_time, x.filing, x.awarded, x.reasons
       FROM (SELECT * FROM award_run_teachers x WHERE ${all} ORDER BY ${orderBy('teacher', sort)} LIMIT ? OFFSET ?) x
       JOIN award_run_schools s ON s.run_id = x.run_id AND s.seq = x.school_seq
       JOIN award_run_authorities a ON a.run_id = s.run_id AND a.seq = s.authority_seq
       ORDER BY ${orderBy('teacher', sort)}`,
    )
    .raw(true)
    .all(...params, page.limit, page.offset) as TeacherPageRow[];
  return {
    total,
    counts,
    rows: rows.map((r): TeacherResultRow => ({
      seq: r[0], maskedId: r[1], name: r[2], school: r[3], schoolName: r[4], authority: r[5], stage: r[6], hours: r[7] / 100,
      groupSize: r[8], pr: r[9], filedOnTime: r[10] === 1, filing: FILING_STATUSES[r[11]]!, awarded: r[12] === 1, reasons: reasonsOf(r[13]),
    })),
  };
}

export interface AuthorityResultRow {
  seq: number;
  authority: string;
  schools: number;
  filedOnTime: number;
  fillRate: number | null;
  awarded: boolean;
  reasons: AwardReason[];
}

/** Every authority of the run (at most a few dozen), in list order. */
export function authorityRows(sqlite: Sqlite, runId: number): AuthorityResultRow[] {
  const rows = sqlite
    .prepare('SELECT seq, authority, schools, filed_on_time, fill_rate, awarded, reasons FROM award_run_authorities WHERE run_id = ? ORDER BY seq')
    .raw(true)
    .all(runId) as [number, string, number, number, number | null, number, number][];
  return rows.map(([seq, authority, schools, filedOnTime, fillRate, awarded, reasons]) => ({
    seq, authority, schools, filedOnTime, fillRate, awarded: awarded === 1, reasons: reasonsOf(reasons),
  }));
}
