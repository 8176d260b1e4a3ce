// A plan's lifecycle (domain.md "Plans"): 暫存 draft → 送出 submitted → 退回修改 returned → 送出 again …,
// a draft may be deleted. From the full history this module derives the plan's current status and
// whether it counts as filed on time; the history itself is never rewritten.
import type { PlanStatus } from './vocabulary.ts';
import { formatRocDate, formatRocDateTime, instantMs } from './rocDate.ts';
import { describeWindow, isOnTime } from './schedule.ts';
import type { TimeWindow } from './schedule.ts';

export const PLAN_ACTIONS = ['暫存', '送出', '退回修改', '刪除'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

export interface PlanEvent {
  action: PlanAction;
  /** ISO instant (+08:00). */
  at: string;
  actor?: string;
  /** Why: required of a return by the screens, kept for every action. */
  reason?: string;
}

/** The filters of the plan lists and the CLI's `plans status`. */
export const FILING_STATUSES = ['onTime', 'outsideWindow', 'returned', 'draft', 'none'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

export const FILING_STATUS_LABELS: Record<FilingStatus, string> = {
  onTime: '期限內送出',
  outsideWindow: '非填報期間送出',
  returned: '退回修改',
  draft: '暫存',
  none: '未填寫',
};

/** A window as windowFor gives it (with its source) or a bare one. */
export type FilingWindow = TimeWindow & { source?: { label: string } };

export interface FilingExplanation {
  status: FilingStatus;
  /** The plan's current lifecycle status; null when there is no plan (never made, or deleted). */
  planStatus: PlanStatus | null;
  /** The last 送出 of the history, which is the one judged; null when never submitted. */
  lastSubmission: string | null;
  /** The plan's own window; null when the schedule gives its authority none. */
  window: TimeWindow | null;
  /** The window's source, e.g. '教師填寫第 2 波段' or '臺中市自訂教師填寫期間'. */
  source: string | null;
  /** The return that stands, when the plan is currently returned. */
  lastReturn: PlanEvent | null;
}

/** The history in time order; events at the same instant keep their recorded order. */
export function orderedHistory(history: readonly PlanEvent[]): PlanEvent[] {
  return history
    .map((event, i) => ({ event, i, ms: instantMs(event.at) }))
    .sort((a, b) => a.ms - b.ms || a.i - b.i)
    .map((e) => e.event);
}

/**
 * The current status after the whole history, null for no plan. Each event sets the status, with two
 * decisions: 刪除 leaves no plan, and a 暫存 after a return keeps the plan 退回修改 — the return and its
 * reason stand until the plan is submitted again, which is what the officer chasing it needs to see.
 */
export function planStatus(history: readonly PlanEvent[]): PlanStatus | null {
  let status: PlanStatus | null = null;
  for (const event of orderedHistory(history)) {
    if (event.action === '刪除') status = null;
    else if (event.action === '暫存') status = status === '退回修改' ? status : '暫存';
    else status = event.action;
  }
  return status;
}

/**
 * Filed on time = currently submitted and the LAST submission inside the plan's own window (both ends
 * included to the second). A returned plan is not filed, whatever its earlier timestamps; a plan
 * resubmitted after a return is judged on the new timestamp.
 */
export function filingStatus(history: readonly PlanEvent[], window: FilingWindow | null): FilingExplanation {
  const ordered = orderedHistory(history);
  const status = planStatus(ordered);
  const lastSubmission = ordered.findLast((e) => e.action === '送出')?.at ?? null;
  const lastReturn = status === '退回修改' ? (ordered.findLast((e) => e.action === '退回修改') ?? null) : null;
  const filing: FilingStatus =
    status === null ? 'none'
    : status === '暫存' ? 'draft'
    : status === '退回修改' ? 'returned'
    : window !== null && lastSubmission !== null && isOnTime(lastSubmission, window) ? 'onTime'
    : 'outsideWindow';
  return {
    status: filing,
    planStatus: status,
    lastSubmission,
    window: window === null ? null : { start: window.start, end: window.end },
    source: window?.source?.label ?? null,
    lastReturn,
  };
}

export function isFiledOnTime(filing: FilingExplanation): boolean {
  return filing.status === 'onTime';
}

/** One Chinese sentence for lists and the award explanation. */
export function describeFiling(filing: FilingExplanation): string {
  const where = filing.window === null
    ? '（沒有適用的填報期間）'
    : `（${filing.source ?? '填報期間'} ${describeWindow(filing.window)}）`;
  const last = filing.lastSubmission === null ? '' : `最後送出 ${formatRocDateTime(filing.lastSubmission)}`;
  switch (filing.status) {
    case 'onTime':
      return `已於填報期間內送出：${last}${where}`;
    case 'outsideWindow':
      return `未於填報期間內送出：${last}${where}`;
    case 'returned': {
      const ret = filing.lastReturn;
      const by = ret?.actor ? `由${ret.actor}` : '';
      const why = ret?.reason ? `，原因：${ret.reason}` : '';
      const when = ret ? `${formatRocDateTime(ret.at)} ` : '';
      return `已退回修改、尚未重新送出（${when}${by}退回${why}），不計為已填報${where}`;
    }
    case 'draft':
      return `僅暫存、尚未送出${where}`;
    case 'none':
      return `未填寫規劃${where}`;
  }
}

/** The teacher's roster fact at the cutoff: a plain yes/no, or with the cutoff for the message. */
export type RosterFact = boolean | { onRoster: boolean; cutoff: string | null };

export interface ImportEligibility {
  eligible: boolean;
  /** Chinese, for the teacher's screen. */
  reason: string;
}

/**
 * Whether a teacher may start from the school plan (匯入學校本位規劃): the school plan is currently
 * submitted (on time or not — the rule asks only that it was submitted) and the teacher was on the
 * roster at the cutoff.
 */
export function importEligibility(schoolPlan: readonly PlanEvent[], roster: RosterFact): ImportEligibility {
  const status = planStatus(schoolPlan);
  const onRoster = typeof roster === 'boolean' ? roster : roster.onRoster;
  const cutoff = typeof roster === 'boolean' || roster.cutoff === null ? '' : `（${formatRocDate(roster.cutoff)} 名單基準）`;
  const problems: string[] = [];
  if (status !== '送出') {
    problems.push(
      status === null ? '學校尚未填寫學校本位規劃'
      : status === '暫存' ? '學校本位規劃僅暫存、尚未送出'
      : '學校本位規劃已退回修改、尚未重新送出',
    );
  }
  if (!onRoster) problems.push(`您不在學校的教師名單上${cutoff}`);
  return problems.length === 0
    ? { eligible: true, reason: '學校本位規劃已送出，且您在教師名單上，可匯入學校本位規劃' }
    : { eligible: false, reason: `無法匯入學校本位規劃：${problems.join('；')}` };
}
