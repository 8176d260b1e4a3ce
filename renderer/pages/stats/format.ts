import type { Output } from '../../../preload/contract.ts';
import { formatCount } from '../../components/format.ts';

// Numbers as the statistics screens print them.

export type FilingOut = Output<'stats:filing'>;
export type NeedsOut = Output<'stats:needs'>;
export type HoursOut = Output<'stats:plannedHours'>;
export type AchievementStatsOut = Output<'stats:achievement'>;
export type ParticipationOut = Output<'stats:participation'>;
export type SurveyOut = Output<'stats:survey'>;

export { formatCount };

/** 0.1234 → '12.3%'; no base → '—'. */
export function pct(rate: number | null | undefined, digits = 1): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(digits)}%`;
}

/** Hours to the hundredth, without trailing zeros. */
export function hours(h: number | null | undefined): string {
  return h === null || h === undefined ? '—' : Number(h.toFixed(2)).toLocaleString('zh-TW');
}

/** The change from last year in percentage points: '+3.2 個百分點'. */
export function pointsChange(now: number | null, before: number | null): string {
  if (now === null || before === null) return '—';
  const d = (now - before) * 100;
  return `${d >= 0 ? '+' : '−'}${Math.abs(d).toFixed(1)} 個百分點`;
}

/** A file name part without characters Windows refuses. */
export function safeName(text: string): string {
  return text.replace(/[\\/:*?"<>|]/g, '_');
}
