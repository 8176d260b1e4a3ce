// One award run from start to record, on whatever connection it is given (the worker's own, or the
// app's for an in-memory database): bring the plans' filing statuses up to date, read the year,
// compute, and store the run — all in one IMMEDIATE transaction, so the run sees one consistent
// state of the data and other writers wait for it instead of changing the data under it.
import type { Sqlite } from '../../db/connection.ts';
import { readAwardData } from '../../db/queries/awardInput.ts';
import { rebuildResult } from '../../db/queries/awardRunRead.ts';
import { storeRun } from '../../db/queries/awardRuns.ts';
import { refreshPlanFiling } from '../../db/queries/planFiling.ts';
import { compareRuns } from '../engine/awardCompare.ts';
import type { RunComparison } from '../engine/awardCompare.ts';
import { computeAwards, resolveAwardParameters } from '../engine/awards.ts';
import type { AwardParameters } from '../engine/awards.ts';
import { toTaipeiInstant } from '../engine/rocDate.ts';

/** The run's settings as the officer gave them; what is left out takes the default. */
export interface RunSettings {
  classWidth?: number;
  /** Left out: −classWidth/2, so whole hours sit mid-class. */
  classOrigin?: number;
  threshold?: number;
  fillRateThreshold?: number;
  /** The national average provided by the central office; left out: computed over the roster. */
  nationalAverage?: number;
}

export interface RunRequest {
  year: number;
  settings: RunSettings;
  createdBy: string;
  appVersion: string;
}

export interface RunStep {
  step: 'filing' | 'read' | 'compute' | 'json' | 'store';
  /** ms the step before this one took (0 for the first). */
  previousMs: number;
}

export interface RunOutcome {
  runId: number;
  /** ms per step: the bench and the CLI report them. */
  timings: { filing: number; read: number; compute: number; json: number; store: number };
  /** The result as JSON — what the CLI prints (the export of the run gives back the same bytes). */
  json: string;
}

export function awardParameters(settings: RunSettings): AwardParameters {
  return resolveAwardParameters({
    ...(settings.classWidth === undefined ? {} : { classWidth: settings.classWidth }),
    ...(settings.classOrigin === undefined ? {} : { classOrigin: settings.classOrigin }),
    ...(settings.threshold === undefined ? {} : { threshold: settings.threshold }),
    ...(settings.fillRateThreshold === undefined ? {} : { fillRateThreshold: settings.fillRateThreshold }),
    nationalAverage: settings.nationalAverage === undefined ? { source: 'computed' } : { source: 'provided', value: settings.nationalAverage },
  });
}

export function executeRun(sqlite: Sqlite, request: RunRequest, onStep: (step: RunStep) => void = () => {}): RunOutcome {
  const parameters = awardParameters(request.settings);
  let mark = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const ms = now - mark;
    mark = now;
    return ms;
  };
  const timings = { filing: 0, read: 0, compute: 0, json: 0, store: 0 };
  return sqlite.transaction((): RunOutcome => {
    onStep({ step: 'filing', previousMs: 0 });
    refreshPlanFiling(sqlite, request.year);
    timings.filing = lap();
    onStep({ step: 'read', previousMs: timings.filing });
    const data = readAwardData(sqlite, request.year);
    timings.read = lap();
    onStep({ step: 'compute', previousMs: timings.read });
    const result = computeAwards({ ...data.input, parameters });
    timings.compute = lap();
    onStep({ step: 'json', previousMs: timings.compute });
    const json = JSON.stringify(result);
    timings.json = lap();
    onStep({ step: 'store', previousMs: timings.json });
    const runId = storeRun(sqlite, {
      createdAt: toTaipeiInstant(new Date()),
      createdBy: request.createdBy,
      appVersion: request.appVersion,
      parameters,
      data,
      result,
      json,
    });
    timings.store = lap();
    return { runId, timings, json };
  }).immediate();
}

/** Two stored runs compared (a the earlier, b the later); null when either is missing. */
export function executeCompare(sqlite: Sqlite, a: number, b: number): RunComparison | null {
  const [ra, rb] = sqlite.transaction(() => [rebuildResult(sqlite, a), rebuildResult(sqlite, b)] as const)();
  return ra && rb ? compareRuns(ra, rb) : null;
}
