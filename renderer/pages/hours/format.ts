import { useQuery } from '../../api.ts';

const hoursFormat = new Intl.NumberFormat('zh-TW', { maximumFractionDigits: 2 });

/** Hours as officers read them: 1,234.5 (never more than the two decimals hours have). */
export function formatHours(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : hoursFormat.format(value);
}

export const DOMAIN_KEYS = ['1', '2', '3', '4', '5', '6'] as const;
export type DomainKey = (typeof DOMAIN_KEYS)[number];

/** The six domains' names in the year's classification (data, versioned by year), e.g. 1 → 課程、教學及評量. */
export function useDomainNames(year: number | null): Record<DomainKey, string> {
  const tree = useQuery('classification:tree', year === null ? null : { year });
  const names = {} as Record<DomainKey, string>;
  for (const d of DOMAIN_KEYS) names[d] = tree.data?.items.find((i) => i.code === d)?.name ?? `向度 ${d}`;
  return names;
}
