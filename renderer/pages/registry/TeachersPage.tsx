import { Badge, Button, Group } from '@mantine/core';
import type { Output, ParsedInput } from '../../../preload/contract.ts';
import { useQuery } from '../../api.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useDetail } from '../../components/DetailDrawer.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ListFilters } from '../../components/ListFilters.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { TemplateButton } from '../../components/TemplateButton.tsx';
import { filterFromParams, PAGE_SIZE, useListState } from '../../components/useListState.ts';
import { YearGate } from '../../components/YearGate.tsx';
import { hrefOf, PATHS, useRoute } from '../../state/route.ts';
import { TeacherDrawer } from './TeacherDrawer.tsx';

export type TeacherRow = Output<'registry:teachers'>['rows'][number];
type TeacherSort = ParsedInput<'registry:teachers'>['sort']['by'];

const COLUMNS: Column<TeacherRow, TeacherSort>[] = [
  { key: 'name', label: '姓名', sortKey: 'name', render: (r) => r.name },
  // Rows carry the masked ID only; the full number never reaches the window.
  { key: 'maskedId', label: '身分證字號', render: (r) => r.maskedId },
  { key: 'school', label: '學校', sortKey: 'school', render: (r) => `${r.schoolCode} ${r.school}` },
  { key: 'authority', label: '主管機關', sortKey: 'authority', render: (r) => r.authority },
  { key: 'stage', label: '學制', sortKey: 'stage', render: (r) => r.stage },
  { key: 'jobTitle', label: '職稱', render: (r) => r.jobTitle ?? '—' },
  { key: 'employmentStatus', label: '在職狀態', render: (r) => <EmploymentBadge status={r.employmentStatus} /> },
];

function EmploymentBadge({ status }: { status: string }) {
  return (
    <Badge variant="light" color={status === '在職' ? 'green' : 'gray'} radius="sm">
      {status}
    </Badge>
  );
}

export function TeachersPage() {
  return (
    <>
      <PageHeader
        title="教師"
        action={
          <Button component="a" href={hrefOf(PATHS.importWizard, { kind: 'teachers' })}>
            匯入教師名冊
          </Button>
        }
      />
      <YearGate>{(year) => <TeachersList year={year} />}</YearGate>
    </>
  );
}

function TeachersList({ year }: { year: number }) {
  const { params } = useRoute();
  const list = useListState<TeacherSort>(year, filterFromParams(params), { by: 'name', dir: 'asc' });
  const query = useQuery('registry:teachers', { year, ...list.request });
  const detail = useDetail<TeacherRow>();

  const empty = list.filtered ? (
    <EmptyState
      title="沒有符合條件的教師"
      description="姓名可輸入部分文字；學校代碼與身分證字號須輸入完整。也可以放寬主管機關、學制的條件。"
      action={
        <Button variant="light" onClick={list.clear}>
          清除條件
        </Button>
      }
    />
  ) : (
    <EmptyState
      title="這個學年度還沒有教師"
      description="請匯入教師名冊：每列一位教師，含身分證字號、姓名、學校代碼與職稱。"
      action={
        <Group gap="sm">
          <Button component="a" href={hrefOf(PATHS.importWizard, { kind: 'teachers' })}>
            匯入教師名冊
          </Button>
          <TemplateButton kind="teachers" />
        </Group>
      }
    />
  );

  return (
    <>
      <DataTable
        label="教師清單"
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
            searchPlaceholder="搜尋姓名／學校代碼"
          />
        }
        empty={empty}
        onRowClick={detail.open}
      />
      <TeacherDrawer teacher={detail.row} opened={detail.opened} onClose={detail.close} />
    </>
  );
}
