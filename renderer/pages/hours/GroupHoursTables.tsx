import { Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { Output, ParsedInput } from '../../../preload/contract.ts';
import { useQuery } from '../../api.ts';
import { DataTable, type Column, type Sort } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatCount } from '../../components/format.ts';
import { PAGE_SIZE } from '../../components/useListState.ts';
import { formatHours } from './format.ts';

const NUM = { fontVariantNumeric: 'tabular-nums' } as const;

type AuthorityRow = Output<'hours:authorities'>[number];

/** Per authority: its schools and teachers, how many have hours, the total and the average (all teachers counted). */
export function AuthorityHoursTable({ year, onOpen }: { year: number; onOpen: (row: AuthorityRow) => void }) {
  const query = useQuery('hours:authorities', { year });
  if (query.error) return <ErrorAlert error={query.error} onRetry={query.reload} />;
  const rows = query.data ?? [];
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover aria-label="各主管機關研習時數" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>主管機關</Table.Th>
            <Table.Th ta="right">學校</Table.Th>
            <Table.Th ta="right">教師</Table.Th>
            <Table.Th ta="right">有時數的教師</Table.Th>
            <Table.Th ta="right">紀錄筆數</Table.Th>
            <Table.Th ta="right">總時數</Table.Th>
            <Table.Th ta="right">平均時數</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr
              key={r.id}
              tabIndex={0}
              style={{ cursor: 'pointer' }}
              onClick={() => onOpen(r)}
              onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onOpen(r)}
            >
              <Table.Td>{r.name}</Table.Td>
              <Table.Td ta="right" style={NUM}>{formatCount(r.schools)}</Table.Td>
              <Table.Td ta="right" style={NUM}>{formatCount(r.teachers)}</Table.Td>
              <Table.Td ta="right" style={NUM}>{formatCount(r.withHours)}</Table.Td>
              <Table.Td ta="right" style={NUM}>{formatCount(r.records)}</Table.Td>
              <Table.Td ta="right" style={NUM}>{formatHours(r.totalHours)}</Table.Td>
              <Table.Td ta="right" style={NUM}>{formatHours(r.averageHours)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

type SchoolRow = Output<'hours:schools'>['rows'][number];
type SchoolSort = ParsedInput<'hours:schools'>['sort']['by'];

const SCHOOL_COLUMNS: Column<SchoolRow, SchoolSort>[] = [
  { key: 'code', label: '學校代碼', sortKey: 'code', render: (r) => r.code },
  { key: 'name', label: '學校', sortKey: 'name', render: (r) => r.name },
  { key: 'authority', label: '主管機關', render: (r) => r.authority },
  { key: 'stage', label: '學制', render: (r) => r.stage },
  { key: 'teachers', label: '教師', sortKey: 'teachers', numeric: true, render: (r) => formatCount(r.teachers) },
  { key: 'withHours', label: '有時數', sortKey: 'withHours', numeric: true, render: (r) => formatCount(r.withHours) },
  { key: 'total', label: '總時數', sortKey: 'totalHours', numeric: true, render: (r) => formatHours(r.totalHours) },
  { key: 'average', label: '平均時數', sortKey: 'averageHours', numeric: true, render: (r) => formatHours(r.averageHours) },
];

/** Per school (of one authority, or all), sorted and paged in SQL. */
export function SchoolHoursTable({ year, authorityId, onOpen }: { year: number; authorityId: number | null; onOpen: (row: SchoolRow) => void }) {
  const [q, setQ] = useState('');
  const [search] = useDebouncedValue(q.trim(), 250);
  const [sort, setSort] = useState<Sort<SchoolSort>>({ by: 'averageHours', dir: 'desc' });
  const [page, setPage] = useState(1);
  const query = useQuery('hours:schools', { year, authorityId, q: search, sort, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } });
  return (
    <DataTable
      label="各校研習時數"
      columns={SCHOOL_COLUMNS}
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
          aria-label="搜尋學校"
          placeholder="學校名稱或代碼"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(1);
          }}
          w={280}
        />
      }
      empty={<EmptyState title="沒有符合條件的學校" description="請換個關鍵字。" />}
      onRowClick={onOpen}
    />
  );
}
