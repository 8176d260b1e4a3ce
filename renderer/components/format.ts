const integer = new Intl.NumberFormat('zh-TW', { maximumFractionDigits: 0 });

/** A count as officers read it: 12,345; an unknown value as an em dash. */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : integer.format(value);
}
