import { Badge, Button, CloseButton, Group, Stack, Text } from '@mantine/core';
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

type TeacherPlanRow = Output<'plans:teachers'>['rows'][number];
type TeacherPlanSort = ParsedInput<'plans:teachers'>['sort']['by'];

const COLUMNS: Column<TeacherPlanRow, TeacherPlanSort>[] = [
  { key: 'name', label: '姓名', sortKey: 'name', render: (r) => r.name },
  // Rows carry the masked ID only; the full number never reaches the window.
  { key: 'maskedId', label: '身分證字號', render: (r) => r.maskedId },
  { key: 'school', label: '學校', sortKey: 'school', render: (r) => `${r.schoolCode} ${r.school}` },
  { key: 'authority', label: '主管機關', render: (r) => r.authority },
  { key: 'stage', label: '學制', render: (r) => r.stage },
  { key: 'filing', label: '填報狀態', render: (r) => <FilingBadge filing={r.filing} /> },
  { key: 'submitted', label: '最後送出', sortKey: 'submitted', render: (r) => rocTime(r.lastSubmittedAt) },
  { key: 'reviewed', label: '審閱', render: (r) => (r.reviewedAt ? <Badge variant="dot" color="teal">已審閱</Badge> : '—') },
];

export function TeacherPlansPage() {
  return (
    <>
      <PageHeader title="教師規劃" action={<Button component="a" href={hrefOf(PATHS.importWizard, { kind: 'teacher-plans' })}>匯入教師規劃</Button>} />
      <YearGate>{(year) => <TeacherPlansList year={year} />}</YearGate>
    </>
  );
}

function TeacherPlansList({ year }: { year: number }) {
  const list = usePlanList<TeacherPlanSort>(year, { by: 'school', dir: 'asc' });
  const query = useQuery('plans:teachers', {
    year,
    ...list.request,
    filter: { ...list.request.filter, filing: list.filing, schoolCode: list.schoolCode },
  });
  const detail = useDetail<TeacherPlanRow>();

  const empty = list.filtered ? (
    <EmptyState
      title="沒有符合條件的教師"
      description="姓名可輸入部分文字；學校代碼與身分證字號須輸入完整。也可以放寬主管機關、學制、填報狀態的條件。"
      action={<Button variant="light" onClick={list.clear}>清除條件</Button>}
    />
  ) : (
    <EmptyState
      title="這個學年度還沒有教師名單"
      description="請先匯入教師名單，再匯入教師規劃（教師規劃、教師規劃時數，可附狀態紀錄）。"
      action={<TemplateButton kind="teacher-plans" />}
    />
  );

  return (
    <>
      <DataTable
        label="教師規劃清單"
        columns={COLUMNS}
        rows={query.data?.rows ?? []}
        rowKey={(r) => r.teacherId}
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
            <ListFilters year={year} value={list.filter} onChange={list.setFilter} onClear={list.clear} onSearchNow={list.searchNow} searchPlaceholder="搜尋姓名／學校代碼" />
            <Group>
              <FilingFilter value={list.filing} counts={query.data?.counts} onChange={list.setFiling} />
              {list.schoolCode ? (
                <Group gap={4}>
                  <Text size="sm">只看學校 {list.schoolCode}</Text>
                  <CloseButton size="sm" aria-label="不限學校" onClick={() => list.setSchoolCode(null)} />
                </Group>
              ) : null}
            </Group>
          </Stack>
        }
        empty={empty}
        onRowClick={detail.open}
      />
      <PlanDetailDrawer
        kind="teacher"
        planId={detail.row?.planId ?? null}
        title={detail.row ? `${detail.row.name}（${detail.row.maskedId}）` : ''}
        opened={detail.opened}
        onClose={detail.close}
        onChanged={query.reload}
      />
    </>
  );
}
