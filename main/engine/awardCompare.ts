// Comparing two award runs (issue 7): who entered the list, who left it, and why — the reasons that
// went away or appeared, the numbers beside them, and the parameters that differ between the runs.
import type { AuthorityAward, AwardReason, AwardResult, SchoolAward, TeacherAward } from './awards.ts';

export type CandidateKind = 'authority' | 'school' | 'teacher';

/** What a run said about one candidate. */
export interface CandidateState {
  awarded: boolean;
  reasons: AwardReason[];
  /** Hours (teacher), mean hours (school) or filing rate (authority). */
  score: number | null;
  /** PR for schools and teachers; null for authorities and schools without teachers. */
  pr: number | null;
}

export interface CandidateChange {
  kind: CandidateKind;
  /** Stable identity across runs of the same year (see the specs below). */
  key: string;
  /** For people: '臺中市 193601 王小明（A12****789）'. */
  label: string;
  /** null when the candidate is not in that run at all. */
  before: CandidateState | null;
  after: CandidateState | null;
  /** Reasons of run b that run a did not have — why someone left. */
  reasonsAdded: AwardReason[];
  /** Reasons of run a that run b no longer has — why someone entered. */
  reasonsRemoved: AwardReason[];
}

export interface ParameterChange {
  name: 'classWidth' | 'classOrigin' | 'threshold' | 'fillRateThreshold' | 'nationalAverageSource' | 'nationalAverage';
  before: number | string | null;
  after: number | string | null;
}

export interface RunComparison {
  parameters: ParameterChange[];
  /** Awarded in b, not in a. */
  entered: CandidateChange[];
  /** Awarded in a, not in b. */
  left: CandidateChange[];
  /** Awarded in both or in neither, but with different reasons. */
  reasonsChanged: CandidateChange[];
}

/** How one kind of candidate is identified, labelled and summarised. */
interface KindSpec<Row> {
  kind: CandidateKind;
  rows: (run: AwardResult) => readonly Row[];
  key: (row: Row) => string;
  /** The same candidate (cheaper than comparing keys). */
  same: (x: Row, y: Row) => boolean;
  label: (row: Row) => string;
  state: (row: Row) => CandidateState;
  awarded: (row: Row) => boolean;
  reasons: (row: Row) => readonly AwardReason[];
}

/**
 * Identity of a candidate: an authority by name, a school by code, a teacher by school, masked ID and
 * name — the award list holds no full ID, and one roster row per teacher makes this unique in practice.
 */
const authoritySpec: KindSpec<AuthorityAward> = {
  kind: 'authority', rows: (run) => run.authorities, key: (a) => `authority:${a.authority}`,
  same: (x, y) => x.authority === y.authority, label: (a) => a.authority,
  state: (a) => ({ awarded: a.awarded, reasons: [...a.reasons], score: a.fillRate, pr: null }),
  awarded: (a) => a.awarded, reasons: (a) => a.reasons,
};
const schoolSpec: KindSpec<SchoolAward> = {
  kind: 'school', rows: (run) => run.schools, key: (s) => `school:${s.code}`,
  same: (x, y) => x.code === y.code, label: (s) => `${s.authority} ${s.code} ${s.name}`,
  state: (s) => ({ awarded: s.awarded, reasons: [...s.reasons], score: s.averageHours, pr: s.pr }),
  awarded: (s) => s.awarded, reasons: (s) => s.reasons,
};
const teacherSpec: KindSpec<TeacherAward> = {
  kind: 'teacher', rows: (run) => run.teachers, key: (t) => `teacher:${t.school}:${t.maskedId}:${t.name}`,
  same: (x, y) => x.school === y.school && x.maskedId === y.maskedId && x.name === y.name,
  label: (t) => `${t.authority} ${t.school} ${t.name}（${t.maskedId}）`,
  state: (t) => ({ awarded: t.awarded, reasons: [...t.reasons], score: t.hours, pr: t.pr }),
  awarded: (t) => t.awarded, reasons: (t) => t.reasons,
};

const sameReasons = (x: readonly AwardReason[], y: readonly AwardReason[]): boolean =>
  x.length === y.length && x.every((r) => y.includes(r));

/**
 * Which row of a each row of b is (−1: none). Two runs of the same year list candidates in the same
 * order, so rows are first matched by position and only the rest by key: building 200,000 string
 * keys would cost more than the whole award run.
 */
function match<Row>(spec: KindSpec<Row>, aRows: readonly Row[], bRows: readonly Row[]): Int32Array {
  const matchOf = new Int32Array(bRows.length).fill(-1);
  const taken = new Uint8Array(aRows.length);
  const pending: number[] = [];
  bRows.forEach((row, i) => {
    const other = aRows[i];
    if (other !== undefined && spec.same(other, row)) {
      matchOf[i] = i;
      taken[i] = 1;
    } else {
      pending.push(i);
    }
  });
  if (pending.length > 0) {
    const free = new Map<string, number>();
    aRows.forEach((row, j) => {
      if (taken[j] === 0 && !free.has(spec.key(row))) free.set(spec.key(row), j);
    });
    for (const i of pending) {
      const key = spec.key(bRows[i]!);
      const j = free.get(key);
      if (j !== undefined) {
        matchOf[i] = j;
        taken[j] = 1;
        free.delete(key);
      }
    }
  }
  return matchOf;
}

/** Adds one kind's changes to out: rows of b in b's order, then rows only in a. */
function compareKind<Row>(spec: KindSpec<Row>, a: AwardResult, b: AwardResult, out: RunComparison): void {
  const aRows = spec.rows(a);
  const bRows = spec.rows(b);
  const record = (was: Row | undefined, now: Row | undefined): void => {
    const wasReasons = was === undefined ? [] : spec.reasons(was);
    const nowReasons = now === undefined ? [] : spec.reasons(now);
    const wasAwarded = was !== undefined && spec.awarded(was);
    const nowAwarded = now !== undefined && spec.awarded(now);
    const bucket = !wasAwarded && nowAwarded ? out.entered
      : wasAwarded && !nowAwarded ? out.left
      : was !== undefined && now !== undefined && !sameReasons(wasReasons, nowReasons) ? out.reasonsChanged
      : null;
    if (bucket === null) return;
    const row = (now ?? was)!;
    bucket.push({
      kind: spec.kind, key: spec.key(row), label: spec.label(row),
      before: was === undefined ? null : spec.state(was),
      after: now === undefined ? null : spec.state(now),
      reasonsAdded: nowReasons.filter((r) => !wasReasons.includes(r)),
      reasonsRemoved: wasReasons.filter((r) => !nowReasons.includes(r)),
    });
  };
  const matchOf = match(spec, aRows, bRows);
  const matched = new Uint8Array(aRows.length);
  bRows.forEach((row, i) => {
    const j = matchOf[i]!;
    if (j >= 0) matched[j] = 1;
    record(j >= 0 ? aRows[j] : undefined, row);
  });
  aRows.forEach((row, j) => {
    if (matched[j] === 0) record(row, undefined);
  });
}

function parameterChanges(a: AwardResult, b: AwardResult): ParameterChange[] {
  const pairs: ParameterChange[] = [
    { name: 'classWidth', before: a.parameters.classWidth, after: b.parameters.classWidth },
    { name: 'classOrigin', before: a.parameters.classOrigin, after: b.parameters.classOrigin },
    { name: 'threshold', before: a.parameters.threshold, after: b.parameters.threshold },
    { name: 'fillRateThreshold', before: a.parameters.fillRateThreshold, after: b.parameters.fillRateThreshold },
    { name: 'nationalAverageSource', before: a.parameters.nationalAverageSource, after: b.parameters.nationalAverageSource },
    { name: 'nationalAverage', before: a.nationalAverage, after: b.nationalAverage },
  ];
  return pairs.filter((p) => p.before !== p.after);
}

/** Run a (earlier) against run b (later), authorities, then schools, then teachers. */
export function compareRuns(a: AwardResult, b: AwardResult): RunComparison {
  const out: RunComparison = { parameters: parameterChanges(a, b), entered: [], left: [], reasonsChanged: [] };
  compareKind(authoritySpec, a, b, out);
  compareKind(schoolSpec, a, b, out);
  compareKind(teacherSpec, a, b, out);
  return out;
}
