import { TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { Output, ParsedInput } from '../../../preload/contract.ts';
import { useQuery } from '../../api.ts';
import { DataTable, type Column, type Sort } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatCount } from '../../components/format.ts';
import { PAGE_SIZE } from '../../components/useListState.ts';
import { DOMAIN_KEYS, formatHours, type DomainKey } from './format.ts';

export type TeacherHoursRow = Output<'hours:teachers'>['rows'][number];
type TeacherSort = ParsedInput<'hours:teachers'>['sort']['by'];

function columnsFor(domains: Record<DomainKey, string>, withSchool: boolean): Column<TeacherHoursRow, TeacherSort>[] {
  return [
    { key: 'name', label: '姓名', sortKey: 'name', render: (r) => r.name },
    { key: 'maskedId', label: '身分證字號', render: (r) => r.maskedId },
    ...(withSchool ? [{ key: 'school', label: '學校', sortKey: 'school' as const, render: (r: TeacherHoursRow) => `${r.schoolCode} ${r.school}` }] : []),
    { key: 'records', label: '課程數', sortKey: 'records', numeric: true, render: (r) => formatCount(r.records) },
    ...DOMAIN_KEYS.map((k) => ({
      key: `d${k}`,
      label: `向度${k}`,
      sortKey: `d${k}` as TeacherSort,
      numeric: true,
      render: (r: TeacherHoursRow) => <span title={domains[k]}>{formatHours(r.byDomain[k])}</span>,
    })),
    { key: 'total', label: '總時數', sortKey: 'totalHours', numeric: true, render: (r) => <b>{formatHours(r.totalHours)}</b> },
  ];
}

interface TeacherHoursTableProps {
  year: number;
  schoolId: number | null;
  authorityId: number | null;
  domains: Record<DomainKey, string>;
  onOpen: (row: TeacherHoursRow) => void;
}

/** Teachers (of a school, an authority or the year) with their totals; teachers without hours show 0. */
export function TeacherHoursTable({ year, schoolId, authorityId, domains, onOpen }: TeacherHoursTableProps) {
  const [q, setQ] = useState('');
  const [search] = useDebouncedValue(q.trim(), 250);
  const [sort, setSort] = useState<Sort<TeacherSort>>({ by: 'totalHours', dir: 'desc' });
  const [page, setPage] = useState(1);
  const query = useQuery('hours:teachers', { year, schoolId, authorityId, q: search, sort, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } });
  return (
    <DataTable
      label="教師研習時數"
      columns={columnsFor(domains, schoolId === null)}
      rows={query.data?.rows ?? []}
      rowKey={(r) => r.id}
      total={query.data?.total ?? null}
      loading={query.loading}
      error={query.error}
      onRetry={query.reload}
      page={page}
      pageSize={PAGE_SIZE}
      onPageChange={setPage}
      sort={sort}
      onSortChange={(next) => {
        setSort(next);
        setPage(1);
      }}
      filters={
        <TextInput
          aria-label="搜尋教師"
          placeholder="教師姓名"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(1);
          }}
          w={240}
        />
      }
      empty={<EmptyState title="沒有符合條件的教師" description="姓名可輸入部分文字。" />}
      onRowClick={onOpen}
    />
  );
}
