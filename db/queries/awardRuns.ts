// Award runs as records (migration 0006): storing a run, its summary, the list of a year's runs.
// Rebuilding a stored result and reading its pages are in awardRunRead.ts.
import { createHash } from 'node:crypto';
import { AWARD_REASONS } from '../../main/engine/awards.ts';
import type { AwardParameters, AwardReason, AwardResult } from '../../main/engine/awards.ts';
import { FILING_STATUSES } from '../../main/engine/planFiling.ts';
import type { FilingExplanation, FilingStatus } from '../../main/engine/planFiling.ts';
import { instantMs } from '../../main/engine/rocDate.ts';
import type { Selectable } from 'kysely';
import type { Sqlite } from '../connection.ts';
import type { AwardRunsTable } from '../schema.ts';
import { batchInsert } from '../demo/batchInsert.ts';
import type { AwardData } from './awardInput.ts';

/** Bit i stands for AWARD_REASONS[i]; the engine lists reasons in that order, so the mask loses nothing. */
export function reasonMask(reasons: readonly AwardReason[]): number {
  let mask = 0;
  let last = -1;
  for (const r of reasons) {
    const i = AWARD_REASONS.indexOf(r);
    // Out of order or repeated: the rebuilt list would differ from the one the run printed.
    if (i <= last) throw new Error(`reasons out of the engine's order: ${reasons.join(',')}`);
    last = i;
    mask |= 1 << i;
  }
  return mask;
}

const REASON_LISTS: AwardReason[][] = Array.from({ length: 1 << AWARD_REASONS.length }, (_, mask) =>
  AWARD_REASONS.filter((_, i) => (mask & (1 << i)) !== 0),
);

/** A fresh array each time: results are handed out and may be changed by the caller. */
export function reasonsOf(mask: number): AwardReason[] {
  return [...REASON_LISTS[mask]!];
}

export function filingCode(status: FilingStatus): number {
  return FILING_STATUSES.indexOf(status);
}

/**
 * Whole seconds since the epoch. Stored instants are canonical ('2024-09-24T17:00:01+08:00'), which
 * the built-in parser reads ten times faster than instantMs; anything else goes through instantMs.
 */
export function epochSeconds(instant: string | null): number | null {
  if (instant === null) return null;
  const ms = CANONICAL.test(instant) ? Date.parse(instant) : instantMs(instant);
  return Math.floor(ms / 1000);
}
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export interface RunRecord {
  createdAt: string;
  createdBy: string;
  appVersion: string;
  parameters: AwardParameters;
  data: AwardData;
  result: AwardResult;
  /** JSON.stringify(result): what the CLI prints and every export gives back. */
  json: string;
}

const bit = (b: boolean): number => (b ? 1 : 0);

const TEACHER_COLUMNS = ['run_id', 'seq', 'masked_id', 'name', 'school_seq', 'hundredths', 'group_size', 'pr', 'filed_on_time', 'awarded', 'reasons', 'filing', 'submitted_at'];

/** Stores a run and every row of its result in one transaction; returns the run's id. */
export function storeRun(sqlite: Sqlite, run: RunRecord): number {
  const { data, result, parameters } = run;
  const { input } = data;
  if (result.schools.length !== input.schools.length || result.teachers.length !== input.teachers.length) {
    throw new Error('the result does not match its input');
  }
  return sqlite.transaction((): number => {
    const runId = Number(
      sqlite
        .prepare(
          `INSERT INTO award_runs (year, created_at, created_by, app_version, class_width, class_origin, threshold, fill_rate_threshold,
             national_average_source, national_average, authorities, schools, teachers, hour_records, school_plans, teacher_plans,
             awarded_authorities, awarded_schools, awarded_teachers, result_sha256, result_bytes)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          result.year, run.createdAt, run.createdBy, run.appVersion, result.parameters.classWidth, result.parameters.classOrigin,
          result.parameters.threshold, result.parameters.fillRateThreshold, parameters.nationalAverage.source, result.nationalAverage,
          data.counts.authorities, data.counts.schools, data.counts.teachers, data.counts.hourRecords, data.counts.schoolPlans,
          data.counts.teacherPlans, result.authorities.filter((a) => a.awarded).length, result.schools.filter((s) => s.awarded).length,
          result.teachers.filter((t) => t.awarded).length, sha256(run.json), Buffer.byteLength(run.json),
        ).lastInsertRowid,
    );

    const authoritySeq = new Map<string, number>();
    const insertAuthority = sqlite.prepare(
      `INSERT INTO award_run_authorities (run_id, seq, authority, schools, filed_on_time, fill_rate, awarded, reasons,
         school_window_start, school_window_end, school_window_label, teacher_window_start, teacher_window_end, teacher_window_label)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    result.authorities.forEach((a, seq) => {
      authoritySeq.set(a.authority, seq);
      const w = data.windows.get(a.authority);
      insertAuthority.run(
        runId, seq, a.authority, a.schools, a.filedOnTime, a.fillRate, bit(a.awarded), reasonMask(a.reasons),
        w?.school?.start ?? null, w?.school?.end ?? null, w?.school?.source.label ?? null,
        w?.teacher?.start ?? null, w?.teacher?.end ?? null, w?.teacher?.source.label ?? null,
      );
    });

    const insertReturn = sqlite.prepare('INSERT INTO award_run_returns (run_id, kind, seq, at, actor, reason) VALUES (?, ?, ?, ?, ?, ?)');
    const keepReturn = (kind: 'school' | 'teacher', seq: number, filing: FilingExplanation): void => {
      const r = filing.lastReturn;
      if (r) insertReturn.run(runId, kind, seq, r.at, r.actor ?? null, r.reason ?? null);
    };

    const schoolSeq = new Map<string, number>();
    const insertSchool = sqlite.prepare(
      `INSERT INTO award_run_schools (run_id, seq, code, name, authority_seq, stage, teachers, average_hours, group_size, pr,
         filed_on_time, awarded, reasons, filing, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    result.schools.forEach((s, seq) => {
      const filing = input.schools[seq]!.filing;
      schoolSeq.set(s.code, seq);
      insertSchool.run(
        runId, seq, s.code, s.name, authoritySeq.get(s.authority)!, s.stage, s.teachers, s.averageHours, s.groupSize, s.pr,
        bit(s.filedOnTime), bit(s.awarded), reasonMask(s.reasons), filingCode(filing.status), epochSeconds(filing.lastSubmission),
      );
      keepReturn('school', seq, filing);
    });

    // 200,000 rows: many per statement, which stores a national run about twice as fast.
    const teachers = batchInsert(sqlite, 'award_run_teachers', TEACHER_COLUMNS, 100);
    result.teachers.forEach((t, seq) => {
      const school = schoolSeq.get(t.school);
      const row = school === undefined ? undefined : result.schools[school];
      // Teacher rows keep only their school's position: its authority and stage must be the teacher's.
      if (row === undefined || row.authority !== t.authority || row.stage !== t.stage) {
        throw new Error(`teacher ${seq} is not placed at a school of the run`);
      }
      const filing = input.teachers[seq]!.filing;
      teachers.add([
        runId, seq, t.maskedId, t.name, school, Math.round(t.hours * 100), t.groupSize, t.pr, bit(t.filedOnTime), bit(t.awarded),
        reasonMask(t.reasons), filingCode(filing.status), epochSeconds(filing.lastSubmission),
      ]);
      keepReturn('teacher', seq, filing);
    });
    teachers.flush();
    return runId;
  })();
}

export interface RunSummary {
  id: number;
  year: number;
  createdAt: string;
  createdBy: string;
  appVersion: string;
  parameters: {
    classWidth: number;
    classOrigin: number;
    threshold: number;
    fillRateThreshold: number;
    nationalAverageSource: 'computed' | 'provided';
  };
  nationalAverage: number | null;
  counts: { authorities: number; schools: number; teachers: number; hourRecords: number; schoolPlans: number; teacherPlans: number };
  awarded: { authorities: number; schools: number; teachers: number };
  sha256: string;
  bytes: number;
}

/** A stored run as SQLite returns it: the table's own type, not a second copy of it. */
type RunRow = Selectable<AwardRunsTable>;

function summaryOf(r: RunRow): RunSummary {
  return {
    id: r.id,
    year: r.year,
    createdAt: r.created_at,
    createdBy: r.created_by,
    appVersion: r.app_version,
    parameters: {
      classWidth: r.class_width,
      classOrigin: r.class_origin,
      threshold: r.threshold,
      fillRateThreshold: r.fill_rate_threshold,
      nationalAverageSource: r.national_average_source,
    },
    nationalAverage: r.national_average,
    counts: {
      authorities: r.authorities, schools: r.schools, teachers: r.teachers, hourRecords: r.hour_records,
      schoolPlans: r.school_plans, teacherPlans: r.teacher_plans,
    },
    awarded: { authorities: r.awarded_authorities, schools: r.awarded_schools, teachers: r.awarded_teachers },
    sha256: r.result_sha256,
    bytes: r.result_bytes,
  };
}

export function runSummary(sqlite: Sqlite, id: number): RunSummary | null {
  const row = sqlite.prepare('SELECT * FROM award_runs WHERE id = ?').get(id) as RunRow | undefined;
  return row ? summaryOf(row) : null;
}

/** The year's runs, newest first. */
export function listRuns(sqlite: Sqlite, year: number): RunSummary[] {
  return (sqlite.prepare('SELECT * FROM award_runs WHERE year = ? ORDER BY id DESC').all(year) as RunRow[]).map(summaryOf);
}

/** Removes a run and its rows (the cascade), in one transaction; false when there was none. */
export function deleteRun(sqlite: Sqlite, id: number): boolean {
  return sqlite.transaction(() => sqlite.prepare('DELETE FROM award_runs WHERE id = ?').run(id).changes > 0)();
}
