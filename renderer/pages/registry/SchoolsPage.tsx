import { Button } from '@mantine/core';
import type { Output, ParsedInput } from '../../../preload/contract.ts';
import { useQuery } from '../../api.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useDetail } from '../../components/DetailDrawer.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatCount } from '../../components/format.ts';
import { ListFilters } from '../../components/ListFilters.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { filterFromParams, PAGE_SIZE, useListState } from '../../components/useListState.ts';
import { YearGate } from '../../components/YearGate.tsx';
import { useRoute } from '../../state/route.ts';
import { SchoolDrawer } from './SchoolDrawer.tsx';

export type SchoolRow = Output<'registry:schools'>['rows'][number];
type SchoolSort = ParsedInput<'registry:schools'>['sort']['by'];

const COLUMNS: Column<SchoolRow, SchoolSort>[] = [
  { key: 'code', label: '學校代碼', sortKey: 'code', render: (r) => r.code },
  { key: 'name', label: '校名', sortKey: 'name', render: (r) => r.name },
  { key: 'authority', label: '主管機關', sortKey: 'authority', render: (r) => r.authority },
  { key: 'stage', label: '學制', sortKey: 'stage', render: (r) => r.stage },
  { key: 'students', label: '學生數', sortKey: 'students', numeric: true, render: (r) => formatCount(r.students) },
  { key: 'teachers', label: '教師數', sortKey: 'teachers', numeric: true, render: (r) => formatCount(r.teachers) },
];

export function SchoolsPage() {
  return (
    <>
      <PageHeader title="學校" />
      <YearGate>{(year) => <SchoolsList year={year} />}</YearGate>
    </>
  );
}

function SchoolsList({ year }: { year: number }) {
  const { params } = useRoute();
  const list = useListState<SchoolSort>(year, filterFromParams(params), { by: 'code', dir: 'asc' });
  const query = useQuery('registry:schools', { year, ...list.request });
  const detail = useDetail<SchoolRow>();

  const empty = list.filtered ? (
    <EmptyState
      title="沒有符合條件的學校"
      description="請換個關鍵字，或放寬主管機關、學制的條件。"
      action={
        <Button variant="light" onClick={list.clear}>
          清除條件
        </Button>
      }
    />
  ) : (
    <EmptyState
      title="這個學年度還沒有學校"
      description="請匯入學校名冊：每列一所學校，含學校代碼、校名、主管機關、學制與學生數。"
    />
  );

  return (
    <>
      <DataTable
        label="學校清單"
        columns={COLUMNS}
        rows={query.data?.rows ?? []}
        rowKey={(r) => r.id}
        total={query.data?.total ?? null}
        loading={query.loading}
        error={query.error}
        onRetry={query.reload}
        page={list.page}
        pageSize={PAGE_SIZE}
        onPageChange={list.setPage}
        sort={list.sort}
        onSortChange={list.setSort}
        filters={
          <ListFilters
            year={year}
            value={list.filter}
            onChange={list.setFilter}
            onClear={list.clear}
            onSearchNow={list.searchNow}
            searchPlaceholder="搜尋校名／學校代碼"
          />
        }
        empty={empty}
        onRowClick={detail.open}
      />
      <SchoolDrawer school={detail.row} opened={detail.opened} onClose={detail.close} />
    </>
  );
}
