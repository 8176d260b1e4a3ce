// What the award screens show: the engine's own labels for filing statuses, short reason labels
// for chips (the explanation's sentences carry the engine's full ones), and numbers
// as officers read them (hours to the hundredth, PR to two decimals, rates as percentages, ROC times
// to the second where the second decides).
import type { AwardReason } from '../../../main/engine/awards.ts';
import { FILING_STATUS_LABELS } from '../../../main/engine/planFiling.ts';
import { formatRocDateTime } from '../../../main/engine/rocDate.ts';
import { DOMAINS } from '../../../main/engine/vocabulary.ts';

export { FILING_STATUS_LABELS };
export type { AwardReason };

/** Short labels for filters and chips; the full sentence is AWARD_REASON_LABELS. */
export const REASON_SHORT: Record<AwardReason, string> = {
  notFiledOnTime: '未於期限內填報',
  belowNationalAverage: '未達全國平均',
  prBelowThreshold: 'PR 未達門檻',
  noTeachers: '沒有名單內教師',
  fillRateBelowThreshold: '填報率未達門檻',
};

export const SOURCE_LABELS = { computed: '依全部名單教師計算', provided: '全國推廣中心提供' } as const;

export function hoursText(h: number | null | undefined): string {
  return h === null || h === undefined ? '—' : `${Number(h.toFixed(2))}`;
}

export function prText(pr: number | null | undefined): string {
  return pr === null || pr === undefined ? '—' : pr.toFixed(2);
}

export function percentText(rate: number | null | undefined, digits = 1): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(digits)}%`;
}

/** An instant in +08:00 form as 113/09/24 17:00:01: the second tells 17:00:00 (in time) from 17:00:01. */
export function rocTimeToSecond(iso: string): string {
  const seconds = /T\d{2}:\d{2}:(\d{2})/.exec(iso)?.[1] ?? '00';
  return `${formatRocDateTime(iso)}:${seconds}`;
}

export function rocTime(iso: string): string {
  return formatRocDateTime(iso);
}

export function domainName(code: string): string {
  return DOMAINS.find((d) => d.code === code)?.name ?? `其他（${code}）`;
}

export function reasonsText(reasons: readonly AwardReason[]): string {
  return reasons.length === 0 ? '—' : reasons.map((r) => REASON_SHORT[r]).join('、');
}
