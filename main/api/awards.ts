// Award runs (issue 7): run (in the award worker, with progress), list, reopen, page the three
// result tabs, explain one candidate, export a run's JSON again, compare two runs. Every run is
// stored in one transaction by the job itself; everything else only reads.
import { userInfo } from 'node:os';
import type { Sqlite } from '../../db/connection.ts';
import { explainInput, runJson } from '../../db/queries/awardRunRead.ts';
import { authorityRows, schoolPage, teacherPage } from '../../db/queries/awardRunPages.ts';
import { listRuns, runSummary, type RunSummary } from '../../db/queries/awardRuns.ts';
import type { ExplanationOut } from '../../preload/contracts/awards.ts';
import { AwardJobCancelled, AwardJobError, cancelAwardJob, runAwardJob } from '../awards/jobs.ts';
import type { RunSettings, RunStep } from '../awards/execute.ts';
import { explain } from '../engine/awardExplain.ts';
import type { AwardExplanation } from '../engine/awardExplain.ts';
import { DEFAULT_AWARD_PARAMETERS } from '../engine/awards.ts';
import { comparisonPage } from './awardCompare.ts';
import type { Handlers } from './context.ts';
import { AppError } from './errors.ts';
import { requireYear } from './scheduleState.ts';

type AwardChannels =
  | 'awards:defaults'
  | 'awards:run'
  | 'awards:cancel'
  | 'awards:list'
  | 'awards:get'
  | 'awards:schools'
  | 'awards:teachers'
  | 'awards:explain'
  | 'awards:export'
  | 'awards:compare';

/** Who ran it: the operating system's user name, kept with the run. */
function officer(): string {
  try {
    return userInfo().username || '承辦人';
  } catch {
    return '承辦人';
  }
}

export function requireRun(sqlite: Sqlite, id: number): RunSummary {
  const run = runSummary(sqlite, id);
  if (!run) throw new AppError('NOT_FOUND', `找不到第 ${id} 次獎勵計算的紀錄，請重新整理計算紀錄清單。`);
  return run;
}

const STEPS: Record<RunStep['step'], string> = {
  filing: '整理規劃的填報狀態…',
  read: '讀取教師名單、研習時數與填報狀態…',
  compute: '計算全國平均、百分等級與獎勵…',
  json: '整理計算結果…',
  store: '儲存這次計算的紀錄…',
};
const STEP_ORDER = Object.keys(STEPS) as RunStep['step'][];

/** The officer's settings as the engine takes them (null: the default). */
function runSettings(s: { classWidth: number; classOrigin: number | null; threshold: number; fillRateThreshold: number; nationalAverage: number | null }): RunSettings {
  return {
    classWidth: s.classWidth,
    ...(s.classOrigin === null ? {} : { classOrigin: s.classOrigin }),
    threshold: s.threshold,
    fillRateThreshold: s.fillRateThreshold,
    ...(s.nationalAverage === null ? {} : { nationalAverage: s.nationalAverage }),
  };
}

function failure(error: unknown): never {
  if (error instanceof AppError) throw error;
  if (error instanceof AwardJobCancelled) throw new AppError('CANCELLED', '已取消這次計算，沒有留下任何紀錄。');
  const name = error instanceof Error ? error.name : '';
  const code = error instanceof AwardJobError ? error.code : ((error as { code?: unknown } | null)?.code ?? null);
  // The engine refuses unusable parameters with a RangeError in Chinese.
  if (name === 'RangeError' && error instanceof Error) throw new AppError('BAD_INPUT', error.message);
  if (code === 'SQLITE_BUSY') throw new AppError('BUSY', '資料正在被其他作業（例如匯入）寫入，請等它完成後再計算一次。');
  throw error;
}

function explanationOut(e: AwardExplanation): ExplanationOut {
  if (e.kind === 'authority') {
    return {
      kind: 'authority', awarded: e.awarded, reasons: e.row.reasons, sentences: e.sentences, label: e.row.authority,
      fillRate: e.row.fillRate, fillRateThreshold: e.fillRateThreshold, filedOnTime: null, filing: null, score: null,
      nationalAverage: null, nationalAverageSource: null, group: null, rank: null, threshold: null,
    };
  }
  const label = 'maskedId' in e.row ? `${e.row.name}（${e.row.maskedId}）` : `${e.row.code} ${e.row.name}`;
  return {
    kind: e.kind, awarded: e.awarded, reasons: e.row.reasons, sentences: e.sentences, label, fillRate: null, fillRateThreshold: null,
    filedOnTime: e.filedOnTime, filing: e.filing, score: e.score, nationalAverage: e.nationalAverage,
    nationalAverageSource: e.nationalAverageSource, group: e.group, rank: e.rank, threshold: e.threshold,
  };
}

export const awardHandlers: Handlers<AwardChannels> = {
  'awards:defaults'({ year }, { store }) {
    requireYear(store.sqlite, year);
    const last = store.sqlite
      .prepare(`SELECT national_average FROM award_runs WHERE year = ? AND national_average_source = 'provided' ORDER BY id DESC LIMIT 1`)
      .pluck()
      .get(year) as number | undefined;
    const withSchools = store.sqlite.prepare('SELECT COUNT(DISTINCT authority_id) FROM schools WHERE year = ?').pluck().get(year) as number;
    return {
      settings: {
        classWidth: DEFAULT_AWARD_PARAMETERS.classWidth,
        classOrigin: null,
        threshold: DEFAULT_AWARD_PARAMETERS.threshold,
        fillRateThreshold: DEFAULT_AWARD_PARAMETERS.fillRateThreshold,
        nationalAverage: null,
      },
      lastProvidedAverage: last ?? null,
      authorities: store.sqlite.prepare('SELECT COUNT(*) FROM authorities WHERE year = ?').pluck().get(year) as number,
      authoritiesWithSchools: withSchools,
    };
  },

  async 'awards:run'({ year, task, settings }, ctx) {
    requireYear(ctx.store.sqlite, year);
    const send = (done: number, label: string) => ctx.progress({ task, label, done, total: STEP_ORDER.length });
    try {
      const outcome = await runAwardJob(task, ctx.store, { year, settings: runSettings(settings), createdBy: officer(), appVersion: ctx.appVersion }, (s) =>
        send(STEP_ORDER.indexOf(s.step), STEPS[s.step]),
      );
      send(STEP_ORDER.length, '完成');
      return requireRun(ctx.store.sqlite, outcome.runId);
    } catch (error) {
      failure(error);
    }
  },

  'awards:cancel': ({ task }) => ({ cancelled: cancelAwardJob(task) }),

  'awards:list'({ year }, { store }) {
    requireYear(store.sqlite, year);
    return listRuns(store.sqlite, year);
  },

  'awards:get': ({ id }, { store }) => ({ run: requireRun(store.sqlite, id), authorities: authorityRows(store.sqlite, id) }),

  'awards:schools'({ id, filter, sort, page }, { store }) {
    requireRun(store.sqlite, id);
    return schoolPage(store.sqlite, id, filter, sort, page);
  },

  'awards:teachers'({ id, filter, sort, page }, { store }) {
    requireRun(store.sqlite, id);
    return teacherPage(store.sqlite, id, filter, sort, page);
  },

  'awards:explain'({ id, kind, seq }, { store }) {
    requireRun(store.sqlite, id);
    const found = explainInput(store.sqlite, id, { kind, seq });
    const explanation = found ? explain(found.result, found.candidate, found.filing) : null;
    if (!explanation) throw new AppError('NOT_FOUND', '這次計算沒有這個對象，請重新整理清單。');
    return explanationOut(explanation);
  },

  'awards:export'({ id }, { store }) {
    const run = requireRun(store.sqlite, id);
    const out = runJson(store.sqlite, id)!;
    if (!out.intact) {
      throw new AppError('RUN_DAMAGED', `第 ${id} 次計算的紀錄與當時的結果不一致（可能被其他工具修改過），為免發出錯誤的名單，不提供匯出。請重新計算。`);
    }
    return { fileName: `獎勵計算-${run.year}學年度-第${id}次.json`, json: out.json, sha256: run.sha256 };
  },

  async 'awards:compare'({ a, b, bucket, kind, page }, { store }) {
    const runA = requireRun(store.sqlite, a);
    const runB = requireRun(store.sqlite, b);
    if (runA.year !== runB.year) throw new AppError('BAD_INPUT', `只能比較同一學年度的兩次計算（第 ${a} 次是 ${runA.year} 學年度，第 ${b} 次是 ${runB.year} 學年度）。`);
    try {
      return await comparisonPage(store, runA, runB, bucket, kind, page);
    } catch (error) {
      failure(error);
    }
  },
};
