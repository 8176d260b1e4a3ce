import { Badge, Button, Group, Stack } from '@mantine/core';
import type { Output, ParsedInput } from '../../../preload/contract.ts';
import { useQuery } from '../../api.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useDetail } from '../../components/DetailDrawer.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ListFilters } from '../../components/ListFilters.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { TemplateButton } from '../../components/TemplateButton.tsx';
import { PAGE_SIZE } from '../../components/useListState.ts';
import { YearGate } from '../../components/YearGate.tsx';
import { hrefOf, PATHS } from '../../state/route.ts';
import { FilingBadge } from './FilingBadge.tsx';
import { FilingFilter } from './FilingFilter.tsx';
import { rocTime } from './format.ts';
import { PlanDetailDrawer } from './PlanDetailDrawer.tsx';
import { usePlanList } from './usePlanList.ts';

type SchoolPlanRow = Output<'plans:schools'>['rows'][number];
type SchoolPlanSort = ParsedInput<'plans:schools'>['sort']['by'];

const COLUMNS: Column<SchoolPlanRow, SchoolPlanSort>[] = [
  { key: 'code', label: '學校代碼', sortKey: 'code', render: (r) => r.code },
  { key: 'name', label: '校名', sortKey: 'name', render: (r) => r.name },
  { key: 'authority', label: '主管機關', sortKey: 'authority', render: (r) => r.authority },
  { key: 'stage', label: '學制', sortKey: 'stage', render: (r) => r.stage },
  { key: 'filing', label: '填報狀態', render: (r) => <FilingBadge filing={r.filing} /> },
  { key: 'submitted', label: '最後送出', sortKey: 'submitted', render: (r) => rocTime(r.lastSubmittedAt) },
  { key: 'reviewed', label: '審閱', render: (r) => (r.reviewedAt ? <Badge variant="dot" color="teal">已審閱</Badge> : '—') },
];

export function SchoolPlansPage() {
  return (
    <>
      <PageHeader title="學校規劃" action={<Button component="a" href={hrefOf(PATHS.importWizard, { kind: 'school-plans' })}>匯入學校規劃</Button>} />
      <YearGate>{(year) => <SchoolPlansList year={year} />}</YearGate>
    </>
  );
}

function SchoolPlansList({ year }: { year: number }) {
  const list = usePlanList<SchoolPlanSort>(year, { by: 'code', dir: 'asc' });
  const query = useQuery('plans:schools', { year, ...list.request, filter: { ...list.request.filter, filing: list.filing } });
  const detail = useDetail<SchoolPlanRow>();

  const empty = list.filtered ? (
    <EmptyState
      title="沒有符合條件的學校"
      description="請換個關鍵字，或放寬主管機關、學制、填報狀態的條件。"
      action={<Button variant="light" onClick={list.clear}>清除條件</Button>}
    />
  ) : (
    <EmptyState
      title="這個學年度還沒有學校"
      description="請先匯入學校名冊，再匯入學校規劃（學校規劃、學校規劃時數，可附狀態紀錄）。"
      action={<TemplateButton kind="school-plans" />}
    />
  );

  return (
    <>
      <DataTable
        label="學校規劃清單"
        columns={COLUMNS}
        rows={query.data?.rows ?? []}
        rowKey={(r) => r.schoolId}
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
          <Stack gap="sm">
            <ListFilters year={year} value={list.filter} onChange={list.setFilter} onClear={list.clear} onSearchNow={list.searchNow} searchPlaceholder="搜尋校名／學校代碼" />
            <Group>
              <FilingFilter value={list.filing} counts={query.data?.counts} onChange={list.setFiling} />
            </Group>
          </Stack>
        }
        empty={empty}
        onRowClick={detail.open}
      />
      <PlanDetailDrawer
        kind="school"
        planId={detail.row?.planId ?? null}
        title={detail.row ? `${detail.row.name}（${detail.row.code}）` : ''}
        opened={detail.opened}
        onClose={detail.close}
        onChanged={query.reload}
      />
    </>
  );
}
