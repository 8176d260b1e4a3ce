// Which stored award run an export prints: the one asked for, or the latest of the year. A list
// that leaves the office must be the run's result as computed, so a run whose stored rows no longer
// hash to what it printed is refused, as the run's JSON export refuses it.

import type { Sqlite } from '../../db/connection.ts';
import { runJson } from '../../db/queries/awardRunRead.ts';
import { runSummary, type RunSummary } from '../../db/queries/awardRuns.ts';
import { AppError } from '../api/errors.ts';
import { formatRocDateTime } from '../engine/rocDate.ts';

export function chosenRun(sqlite: Sqlite, year: number, runId?: number): RunSummary {
  let run: RunSummary | null;
  if (runId !== undefined) {
    run = runSummary(sqlite, runId);
    if (!run) throw new AppError('NOT_FOUND', `找不到第 ${runId} 次獎勵計算的紀錄。`);
    if (run.year !== year) throw new AppError('BAD_INPUT', `第 ${runId} 次獎勵計算是 ${run.year} 學年度的，不是 ${year} 學年度。`);
  } else {
    const latest = sqlite.prepare('SELECT id FROM award_runs WHERE year = ? ORDER BY id DESC LIMIT 1').pluck().get(year) as number | undefined;
    run = latest === undefined ? null : runSummary(sqlite, latest);
    if (!run) throw new AppError('NO_RUN', `${year} 學年度還沒有獎勵計算的紀錄。請先在「獎勵與達成率 › 獎勵名單」計算一次，再列印或匯出名單。`);
  }
  if (!runJson(sqlite, run.id)?.intact) {
    throw new AppError('RUN_DAMAGED', `第 ${run.id} 次計算的紀錄與當時的結果不一致（可能被其他工具修改過），為免發出錯誤的名單，不提供匯出。請重新計算。`);
  }
  return run;
}

export const AVERAGE_SOURCE_LABELS = { computed: '依全部名單教師計算', provided: '全國推廣中心提供' } as const;

/** 65.9 → '65.9', 70 → '70', 12.345 → '12.35': hours as the award lists print them. */
export function hoursFigure(hours: number | null): string {
  return hours === null ? '—' : String(Number(hours.toFixed(2)));
}

/** PR to two decimals at most ('72.5'); the decision itself was taken on the unrounded value. */
export function prFigure(pr: number | null): string {
  return pr === null ? '—' : String(Number(pr.toFixed(2)));
}

export function rateFigure(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(2)}%`;
}

/** The run's parameters as label/value pairs, printed on every award list (domain.md "Awards"). */
export function runParameterLines(run: RunSummary): [string, string][] {
  const p = run.parameters;
  return [
    ['學年度', `${run.year} 學年度`],
    ['計算次別', `第 ${run.id} 次`],
    ['計算時間', formatRocDateTime(run.createdAt)],
    ['計算人員', run.createdBy],
    ['全國平均研習時數', `${hoursFigure(run.nationalAverage)} 小時（${AVERAGE_SOURCE_LABELS[p.nationalAverageSource]}）`],
    ['百分等級門檻', `PR ≥ ${p.threshold}（同主管機關、同學制中前 ${100 - p.threshold}%）`],
    ['組距／組界起點', `${p.classWidth} 小時／${p.classOrigin}`],
    ['學校填報率門檻', `${rateFigure(p.fillRateThreshold)}（期限內送出學校規劃的比率）`],
    ['程式版本', run.appVersion],
    ['結果驗證碼（SHA-256）', run.sha256],
  ];
}
