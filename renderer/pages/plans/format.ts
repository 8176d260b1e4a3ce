import { formatRocDateTime } from '../../../main/engine/rocDate.ts';

/** An instant as '113/08/14 16:59', or a dash. */
export function rocTime(iso: string | null | undefined): string {
  return iso ? formatRocDateTime(iso) : '—';
}

/** A window as '113/08/05 00:00 – 113/08/14 17:00'. */
export function rocWindow(window: { start: string; end: string } | null | undefined): string {
  return window ? `${formatRocDateTime(window.start)} – ${formatRocDateTime(window.end)}` : '沒有填報期間';
}

/** 0.6234 → '62.3%'; no total → '—'. */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

export function hoursText(hours: number): string {
  return `${Number.isInteger(hours) ? hours : hours.toFixed(2).replace(/0$/, '')} 小時`;
}
