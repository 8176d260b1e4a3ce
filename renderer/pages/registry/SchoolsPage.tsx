import { Alert, Button, Group } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { Output, ParsedInput } from '../../../preload/contract.ts';
import { useQuery } from '../../api.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useDetail } from '../../components/DetailDrawer.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatCount } from '../../components/format.ts';
import { ListFilters } from '../../components/ListFilters.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { TemplateButton } from '../../components/TemplateButton.tsx';
import { filterFromParams, PAGE_SIZE, useListState } from '../../components/useListState.ts';
import { YearGate } from '../../components/YearGate.tsx';
import { hrefOf, navigate, PATHS, useRoute } from '../../state/route.ts';
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
      <PageHeader
        title="學校"
        action={
          <Button component="a" href={hrefOf(PATHS.importWizard, { kind: 'schools' })}>
            匯入學校名冊
          </Button>
        }
      />
      <YearGate>{(year) => <SchoolsList year={year} />}</YearGate>
    </>
  );
}

function SchoolsList({ year }: { year: number }) {
  const { params } = useRoute();
  const list = useListState<SchoolSort>(year, filterFromParams(params), { by: 'code', dir: 'asc' });
  // 業務帳號 and 總覽 link here to the schools that need a 總負責人.
  const withoutChief = params.get('withoutChief') === '1';
  const query = useQuery('registry:schools', { year, withoutChief, ...list.request });
  const detail = useDetail<SchoolRow>();

  const empty = withoutChief && !list.filtered ? (
    <EmptyState title="每所學校都有啟用中的總負責人" description="這個學年度沒有缺少總負責人的學校。" />
  ) : list.filtered ? (
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
      action={
        <Group gap="sm">
          <Button component="a" href={hrefOf(PATHS.importWizard, { kind: 'schools' })}>
            匯入學校名冊
          </Button>
          <TemplateButton kind="schools" />
        </Group>
      }
    />
  );

  return (
    <>
      {withoutChief ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} mb="sm" title="只列出沒有啟用中總負責人的學校">
          每校至少要有一位總負責人。
          <Button variant="white" color="orange" size="xs" ml="sm" onClick={() => navigate(PATHS.schools)}>
            顯示全部學校
          </Button>
        </Alert>
      ) : null}
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
