import { Badge, Button, Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { STAGES, type Stage } from '../../../main/engine/vocabulary.ts';
import type { Sort } from '../../components/DataTable.tsx';
import { formatCount } from '../../components/format.ts';
import { REASON_SHORT, type AwardReason } from './labels.ts';

export const RESULT_PAGE_SIZE = 50;

export interface ResultFilter {
  authority: string | null;
  stage: Stage | null;
  awarded: boolean | null;
  reason: AwardReason | null;
  q: string;
}

const NONE: ResultFilter = { authority: null, stage: null, awarded: null, reason: null, q: '' };
export type ResultSortKey = 'order' | 'score' | 'pr' | 'name';

/** Filters, sort and page of one result tab; the search reaches the API after a pause in typing. */
export function useResultList(initial: Partial<ResultFilter> = {}) {
  const [filter, setFilterState] = useState<ResultFilter>({ ...NONE, ...initial });
  const [sort, setSortState] = useState<Sort<ResultSortKey>>({ by: 'order', dir: 'asc' });
  const [page, setPage] = useState(1);
  const [q] = useDebouncedValue(filter.q.trim(), 250);
  const setFilter = useCallback((patch: Partial<ResultFilter>) => {
    setFilterState((f) => ({ ...f, ...patch }));
    setPage(1);
  }, []);
  const setSort = useCallback((next: Sort<ResultSortKey>) => {
    setSortState(next);
    setPage(1);
  }, []);
  const clear = useCallback(() => {
    setFilterState(NONE);
    setPage(1);
  }, []);
  const request = {
    filter: { ...filter, q },
    sort,
    page: { offset: (page - 1) * RESULT_PAGE_SIZE, limit: RESULT_PAGE_SIZE },
  };
  return { filter, setFilter, clear, sort, setSort, page, setPage, request };
}

interface ResultFiltersProps {
  filter: ResultFilter;
  onChange: (patch: Partial<ResultFilter>) => void;
  onClear: () => void;
  authorities: string[];
  reasons: AwardReason[];
  counts: { total: number; awarded: number; reasons: Record<string, number> } | undefined;
  searchPlaceholder: string;
}

const AWARDED = [
  { value: 'all', label: '全部' },
  { value: 'yes', label: '獲獎' },
  { value: 'no', label: '未獲獎' },
];

export function ResultFilters({ filter, onChange, onClear, authorities, reasons, counts, searchPlaceholder }: ResultFiltersProps) {
  const filtered = filter.authority !== null || filter.stage !== null || filter.awarded !== null || filter.reason !== null || filter.q !== '';
  return (
    <>
      <Group gap="sm" align="flex-end" wrap="wrap" role="search">
        <TextInput
          aria-label="搜尋"
          placeholder={searchPlaceholder}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={filter.q}
          maxLength={50}
          onChange={(e) => onChange({ q: e.currentTarget.value })}
          w={240}
        />
        <Select aria-label="主管機關" placeholder="全部主管機關" data={authorities} value={filter.authority} onChange={(authority) => onChange({ authority })} searchable clearable w={170} />
        <Select
          aria-label="學制"
          placeholder="全部學制"
          data={[...STAGES]}
          value={filter.stage}
          onChange={(stage) => onChange({ stage: STAGES.find((s) => s === stage) ?? null })}
          clearable
          w={150}
        />
        <SegmentedControl
          aria-label="結果"
          data={AWARDED}
          value={filter.awarded === null ? 'all' : filter.awarded ? 'yes' : 'no'}
          onChange={(v) => onChange({ awarded: v === 'all' ? null : v === 'yes' })}
        />
        <Select
          aria-label="未獲獎原因"
          placeholder="任何原因"
          data={reasons.map((r) => ({ value: r, label: REASON_SHORT[r] }))}
          value={filter.reason}
          onChange={(v) => onChange({ reason: reasons.find((r) => r === v) ?? null })}
          clearable
          w={170}
        />
        <Button variant="subtle" leftSection={<IconX size={16} aria-hidden />} onClick={onClear} disabled={!filtered}>
          清除條件
        </Button>
      </Group>
      {counts ? (
        <Group gap={6} aria-label="人數統計">
          <Badge variant="light" color="gray">
            範圍內 {formatCount(counts.total)}
          </Badge>
          <Badge variant="light" color="teal">
            獲獎 {formatCount(counts.awarded)}
          </Badge>
          <Badge variant="light" color="red">
            未獲獎 {formatCount(counts.total - counts.awarded)}
          </Badge>
          {reasons.map((r) => (
            <Badge key={r} variant="outline" color="gray">
              {REASON_SHORT[r]} {formatCount(counts.reasons[r] ?? 0)}
            </Badge>
          ))}
        </Group>
      ) : null}
    </>
  );
}
