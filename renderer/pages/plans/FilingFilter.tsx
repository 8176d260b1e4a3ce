import { SegmentedControl } from '@mantine/core';
import { FILING_STATUS_LABELS, FILING_STATUSES, type FilingStatus } from '../../../main/engine/planFiling.ts';
import type { FilingCounts } from '../../../preload/contracts/plans.ts';
import { formatCount } from '../../components/format.ts';

interface FilingFilterProps {
  value: FilingStatus | null;
  counts: FilingCounts | undefined;
  onChange: (value: FilingStatus | null) => void;
}

/** The filing status as the list's main filter, each choice with its count under the other filters. */
export function FilingFilter({ value, counts, onChange }: FilingFilterProps) {
  const count = (n: number | undefined) => (n === undefined ? '' : ` ${formatCount(n)}`);
  return (
    <SegmentedControl
      aria-label="填報狀態"
      value={value ?? 'all'}
      onChange={(v) => onChange(v === 'all' ? null : (FILING_STATUSES.find((s) => s === v) ?? null))}
      data={[
        { value: 'all', label: `全部${count(counts?.total)}` },
        ...FILING_STATUSES.map((s) => ({ value: s, label: `${FILING_STATUS_LABELS[s]}${count(counts?.[s])}` })),
      ]}
    />
  );
}
