// The officer's side of a plan's history: besides the lifecycle (暫存 / 送出 / 退回修改 / 刪除, see
// planFiling.ts) the history records 已審閱 (marked reviewed). A review changes no status — it only
// says an officer has read the submission that stands — so it is kept out of the lifecycle rules,
// and it lapses when the plan is submitted again. Everything a plan row stores is derived here.
import { filingStatus, orderedHistory } from './planFiling.ts';
import type { FilingExplanation, FilingStatus, FilingWindow, PlanAction, PlanEvent } from './planFiling.ts';
import type { PlanStatus } from './vocabulary.ts';

export const REVIEW_ACTION = '已審閱';
export type HistoryAction = PlanAction | typeof REVIEW_ACTION;

export interface HistoryEvent {
  action: HistoryAction;
  /** ISO instant (+08:00). */
  at: string;
  actor?: string | null;
  reason?: string | null;
}

export interface PlanState {
  filing: FilingExplanation;
  /** The review of the submission that stands; null when not reviewed since the last 送出. */
  reviewedAt: string | null;
}

function lifecycle(history: readonly HistoryEvent[]): PlanEvent[] {
  const out: PlanEvent[] = [];
  for (const e of history) {
    if (e.action === REVIEW_ACTION) continue;
    out.push({ action: e.action, at: e.at, ...(e.actor ? { actor: e.actor } : {}), ...(e.reason ? { reason: e.reason } : {}) });
  }
  return out;
}

/** The plan's status, filing and review after its whole history, judged against its window. */
export function planState(history: readonly HistoryEvent[], window: FilingWindow | null): PlanState {
  const filing = filingStatus(lifecycle(history), window);
  let reviewedAt: string | null = null;
  if (filing.planStatus === '送出') {
    // Ordered as the engine orders a history (by instant, ties in recorded order).
    const ordered = orderedHistory(history.map((e) => ({ action: e.action as PlanAction, at: e.at })));
    const submitted = ordered.findLastIndex((e) => e.action === '送出');
    reviewedAt = ordered.slice(submitted + 1).findLast((e) => (e.action as HistoryAction) === REVIEW_ACTION)?.at ?? null;
  }
  return { filing, reviewedAt };
}

/**
 * The filing status of a plan whose status and last submission are already known, against another
 * window (the schedule changed, or the registry moved the plan's school). filingStatus reads only
 * the current status and the last 送出 of a history, so the shortest history with the same two gives
 * the very answer the full one would — the rule stays the engine's. The instant of a lone 暫存 or
 * 退回修改 is never judged.
 */
export function rejudgeFiling(status: PlanStatus | null, lastSubmission: string | null, window: FilingWindow | null): FilingStatus {
  const unjudged = lastSubmission ?? '1912-01-01T00:00:00+08:00';
  const history: PlanEvent[] =
    status === null ? []
    : status === '送出' ? [{ action: '送出', at: unjudged }]
    : [{ action: status, at: unjudged }];
  return filingStatus(history, window).status;
}
