// Reading a stored award run back: the whole result exactly as the run printed it (for exports and
// comparisons), and what one explanation needs — the candidate's rank group and its filing as it
// stood at the run. Pages of the result tabs are in awardRunPages.ts.
import type { AuthorityAward, AwardResult, SchoolAward, TeacherAward } from '../../main/engine/awards.ts';
import type { AwardCandidate } from '../../main/engine/awardExplain.ts';
import { FILING_STATUSES } from '../../main/engine/planFiling.ts';
import type { FilingExplanation, PlanEvent } from '../../main/engine/planFiling.ts';
import { toTaipeiInstant } from '../../main/engine/rocDate.ts';
import type { Stage } from '../../main/engine/vocabulary.ts';
import type { Sqlite } from '../connection.ts';
import { filingOf } from './awardInput.ts';
import { reasonsOf, sha256 } from './awardRuns.ts';

interface RunHead {
  year: number;
  class_width: number;
  class_origin: number;
  threshold: number;
  fill_rate_threshold: number;
  national_average_source: 'computed' | 'provided';
  national_average: number | null;
  result_sha256: string;
}

function head(sqlite: Sqlite, runId: number): RunHead | null {
  return (
    (sqlite
      .prepare(
        `SELECT year, class_width, class_origin, threshold, fill_rate_threshold, national_average_source, national_average, result_sha256
         FROM award_runs WHERE id = ?`,
      )
      .get(runId) as RunHead | undefined) ?? null
  );
}

/** The top of a result, in the key order of computeAwards (the JSON depends on it). */
function shell(h: RunHead): AwardResult {
  return {
    year: h.year,
    parameters: {
      classWidth: h.class_width,
      classOrigin: h.class_origin,
      threshold: h.threshold,
      fillRateThreshold: h.fill_rate_threshold,
      nationalAverageSource: h.national_average_source,
    },
    nationalAverage: h.national_average,
    authorities: [],
    schools: [],
    teachers: [],
  };
}

type AuthorityRow = [authority: string, schools: number, filed: number, fillRate: number | null, awarded: number, reasons: number];
type SchoolRow = [code: string, name: string, authoritySeq: number, stage: Stage, teachers: number, average: number | null, groupSize: number, pr: number | null, filed: number, awarded: number, reasons: number];
type TeacherRow = [maskedId: string, name: string, schoolSeq: number, hundredths: number, groupSize: number, pr: number, filed: number, awarded: number, reasons: number];

const AUTHORITY_COLUMNS = 'authority, schools, filed_on_time, fill_rate, awarded, reasons';
const SCHOOL_COLUMNS = 'code, name, authority_seq, stage, teachers, average_hours, group_size, pr, filed_on_time, awarded, reasons';
const TEACHER_COLUMNS = 'masked_id, name, school_seq, hundredths, group_size, pr, filed_on_time, awarded, reasons';

function authorityAward(r: AuthorityRow): AuthorityAward {
  return { authority: r[0], schools: r[1], filedOnTime: r[2], fillRate: r[3], awarded: r[4] === 1, reasons: reasonsOf(r[5]) };
}

// Rows read with more columns after these (filing, submitted_at or seq) are rows of these too.
type SchoolRowAnd = [...SchoolRow, ...(number | null)[]];
type TeacherRowAnd = [...TeacherRow, ...(number | null)[]];
/** Where the extra columns start. */
const SCHOOL_EXTRA = 11;
const TEACHER_EXTRA = 9;

function schoolAward(r: SchoolRowAnd, authority: string): SchoolAward {
  return {
    code: r[0], name: r[1], authority, stage: r[3], teachers: r[4], averageHours: r[5], groupSize: r[6], pr: r[7],
    filedOnTime: r[8] === 1, awarded: r[9] === 1, reasons: reasonsOf(r[10]),
  };
}

function teacherAward(r: TeacherRowAnd, school: SchoolAward): TeacherAward {
  return {
    maskedId: r[0], name: r[1], school: school.code, authority: school.authority, stage: school.stage, hours: r[3] / 100,
    groupSize: r[4], pr: r[5], filedOnTime: r[6] === 1, awarded: r[7] === 1, reasons: reasonsOf(r[8]),
  };
}

function readAuthorities(sqlite: Sqlite, runId: number): AuthorityAward[] {
  const rows = sqlite.prepare(`SELECT ${AUTHORITY_COLUMNS} FROM award_run_authorities WHERE run_id = ? ORDER BY seq`).raw(true).all(runId) as AuthorityRow[];
  return rows.map(authorityAward);
}

function readSchools(sqlite: Sqlite, runId: number, authorities: readonly AuthorityAward[]): SchoolAward[] {
  const rows = sqlite.prepare(`SELECT ${SCHOOL_COLUMNS} FROM award_run_schools WHERE run_id = ? ORDER BY seq`).raw(true).all(runId) as SchoolRow[];
  return rows.map((r) => schoolAward(r, authorities[r[2]]!.authority));
}

/** The whole stored result, equal to the one the run computed; null when there is no such run. */
export function rebuildResult(sqlite: Sqlite, runId: number): AwardResult | null {
  const h = head(sqlite, runId);
  if (!h) return null;
  const result = shell(h);
  result.authorities = readAuthorities(sqlite, runId);
  result.schools = readSchools(sqlite, runId, result.authorities);
  const rows = sqlite.prepare(`SELECT ${TEACHER_COLUMNS} FROM award_run_teachers WHERE run_id = ? ORDER BY seq`).raw(true).all(runId) as TeacherRow[];
  result.teachers = rows.map((r) => teacherAward(r, result.schools[r[2]]!));
  return result;
}

/** The run's JSON, byte for byte what the run printed; `intact` false when it no longer hashes the same. */
export function runJson(sqlite: Sqlite, runId: number): { json: string; intact: boolean } | null {
  const h = head(sqlite, runId);
  const result = h ? rebuildResult(sqlite, runId) : null;
  if (!h || !result) return null;
  const json = JSON.stringify(result);
  return { json, intact: sha256(json) === h.result_sha256 };
}

export type RunCandidate = { kind: 'authority' | 'school' | 'teacher'; seq: number };

export interface ExplainInput {
  /** The run's result cut down to the candidate's rank group: all that explain() reads. */
  result: AwardResult;
  candidate: AwardCandidate;
  filing: FilingExplanation | null;
}

interface WindowColumns {
  start: string | null;
  end: string | null;
  label: string | null;
}

function filingAtRun(sqlite: Sqlite, runId: number, kind: 'school' | 'teacher', seq: number, code: number, submitted: number | null, authoritySeq: number): FilingExplanation {
  const w = sqlite
    .prepare(`SELECT ${kind}_window_start AS start, ${kind}_window_end AS end, ${kind}_window_label AS label FROM award_run_authorities WHERE run_id = ? AND seq = ?`)
    .get(runId, authoritySeq) as WindowColumns;
  const judged = w.start !== null && w.end !== null ? { window: { start: w.start, end: w.end }, source: w.label ?? '填報期間' } : null;
  const r = sqlite.prepare('SELECT at, actor, reason FROM award_run_returns WHERE run_id = ? AND kind = ? AND seq = ?').get(runId, kind, seq) as
    | { at: string; actor: string | null; reason: string | null }
    | undefined;
  const lastReturn: PlanEvent | null = r ? { action: '退回修改', at: r.at, ...(r.actor ? { actor: r.actor } : {}), ...(r.reason ? { reason: r.reason } : {}) } : null;
  return filingOf(FILING_STATUSES[code]!, submitted === null ? null : toTaipeiInstant(new Date(submitted * 1000)), judged, lastReturn);
}

/** What awardExplain.explain needs for one candidate of a stored run; null when the run has no such row. */
export function explainInput(sqlite: Sqlite, runId: number, candidate: RunCandidate): ExplainInput | null {
  const h = head(sqlite, runId);
  if (!h) return null;
  const result = shell(h);
  const authorities = readAuthorities(sqlite, runId);
  if (candidate.kind === 'authority') {
    const row = authorities[candidate.seq];
    if (!row) return null;
    result.authorities = [row];
    return { result, candidate: { kind: 'authority', authority: row.authority }, filing: null };
  }
  // Schools with their filing at the run (filing, submitted_at), or with their position (seq).
  const schoolBySeq = (seq: number) =>
    sqlite.prepare(`SELECT ${SCHOOL_COLUMNS}, filing, submitted_at FROM award_run_schools WHERE run_id = ? AND seq = ?`).raw(true).get(runId, seq) as
      | SchoolRowAnd
      | undefined;
  const groupSchools = (authoritySeq: number, stage: string) =>
    sqlite
      .prepare(`SELECT ${SCHOOL_COLUMNS}, seq FROM award_run_schools WHERE run_id = ? AND authority_seq = ? AND stage = ? ORDER BY seq`)
      .raw(true)
      .all(runId, authoritySeq, stage) as SchoolRowAnd[];
  const extra = (row: (number | string | null)[], at: number) => row[at] as number | null;

  if (candidate.kind === 'school') {
    const row = schoolBySeq(candidate.seq);
    if (!row) return null;
    const school = schoolAward(row, authorities[row[2]]!.authority);
    result.schools = groupSchools(row[2], row[3]).map((r) => schoolAward(r, school.authority));
    const filing = filingAtRun(sqlite, runId, 'school', candidate.seq, extra(row, SCHOOL_EXTRA)!, extra(row, SCHOOL_EXTRA + 1), row[2]);
    return { result, candidate: { kind: 'school', code: school.code }, filing };
  }

  const teacher = sqlite
    .prepare(`SELECT ${TEACHER_COLUMNS}, filing, submitted_at FROM award_run_teachers WHERE run_id = ? AND seq = ?`)
    .raw(true)
    .get(runId, candidate.seq) as TeacherRowAnd | undefined;
  if (!teacher) return null;
  const schoolRow = schoolBySeq(teacher[2])!;
  const schools = new Map(groupSchools(schoolRow[2], schoolRow[3]).map((r) => [extra(r, SCHOOL_EXTRA)!, schoolAward(r, authorities[r[2]]!.authority)]));
  const seqs = [...schools.keys()];
  const rows = sqlite
    .prepare(`SELECT ${TEACHER_COLUMNS}, seq FROM award_run_teachers WHERE run_id = ? AND school_seq IN (${seqs.map(() => '?').join(', ')}) ORDER BY seq`)
    .raw(true)
    .all(runId, ...seqs) as TeacherRowAnd[];
  const own = teacherAward(teacher, schools.get(teacher[2])!);
  // The candidate first: explain() takes the first row with its masked ID, school and name.
  result.teachers = [own, ...rows.filter((r) => extra(r, TEACHER_EXTRA) !== candidate.seq).map((r) => teacherAward(r, schools.get(r[2])!))];
  return {
    result,
    candidate: { kind: 'teacher', maskedId: own.maskedId, school: own.school, name: own.name },
    filing: filingAtRun(sqlite, runId, 'teacher', candidate.seq, extra(teacher, TEACHER_EXTRA)!, extra(teacher, TEACHER_EXTRA + 1), schoolRow[2]),
  };
}
