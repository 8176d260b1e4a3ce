import { Badge, Button, Checkbox, Group, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { formatRocDate } from '../../../main/engine/rocDate.ts';
import type { Output, ParsedInput } from '../../../preload/contract.ts';
import { useQuery } from '../../api.ts';
import { DataTable, type Column, type Sort } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { TemplateButton } from '../../components/TemplateButton.tsx';
import { PAGE_SIZE } from '../../components/useListState.ts';
import { hrefOf, PATHS } from '../../state/route.ts';
import { formatHours } from './format.ts';

type CourseRow = Output<'hours:courses'>['rows'][number];
type CourseSort = ParsedInput<'hours:courses'>['sort']['by'];

const COLUMNS: Column<CourseRow, CourseSort>[] = [
  { key: 'code', label: '課程代碼', sortKey: 'code', render: (r) => r.code },
  { key: 'name', label: '課程名稱', sortKey: 'name', render: (r) => r.name ?? '—' },
  { key: 'category', label: '課程類別', sortKey: 'category', render: (r) => r.category ?? <Badge color="orange" variant="light">未分類</Badge> },
  { key: 'organizer', label: '主辦單位', render: (r) => r.organizer ?? '—' },
  {
    key: 'start',
    label: '課程日期',
    sortKey: 'start',
    render: (r) => (r.startDate ? `${formatRocDate(r.startDate)}${r.endDate && r.endDate !== r.startDate ? ` – ${formatRocDate(r.endDate)}` : ''}` : '—'),
  },
  { key: 'hours', label: '研習時數', numeric: true, render: (r) => formatHours(r.hours) },
  {
    key: 'listed',
    label: '來源',
    render: (r) => (r.listed ? '課程清單' : <Badge variant="light" color="gray">僅見於時數紀錄</Badge>),
  },
];

/** 研習課程: the course list that gives hour rows without a classification theirs. Not per year. */
export function CoursesPage() {
  const [q, setQ] = useState('');
  const [listedOnly, setListedOnly] = useState(false);
  const [sort, setSort] = useState<Sort<CourseSort>>({ by: 'code', dir: 'asc' });
  const [page, setPage] = useState(1);
  const [search] = useDebouncedValue(q.trim(), 250);
  const query = useQuery('hours:courses', { q: search, listedOnly, sort, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } });
  const filtered = search !== '' || listedOnly;

  return (
    <>
      <PageHeader
        title="研習課程"
        withYear={false}
        action={
          <Button component="a" href={hrefOf(PATHS.importWizard, { kind: 'courses' })}>
            匯入研習課程
          </Button>
        }
      />
      <DataTable
        label="研習課程清單"
        columns={COLUMNS}
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
          <Group gap="md" align="flex-end" role="search">
            <TextInput
              aria-label="搜尋"
              placeholder="課程代碼、名稱或主辦單位"
              leftSection={<IconSearch size={16} aria-hidden />}
              value={q}
              onChange={(e) => {
                setQ(e.currentTarget.value);
                setPage(1);
              }}
              w={320}
            />
            <Checkbox
              label="只看課程清單匯入的課程"
              checked={listedOnly}
              onChange={(e) => {
                setListedOnly(e.currentTarget.checked);
                setPage(1);
              }}
            />
          </Group>
        }
        empty={
          filtered ? (
            <EmptyState title="沒有符合條件的課程" description="請換個關鍵字，或取消「只看課程清單匯入的課程」。" />
          ) : (
            <EmptyState
              title="還沒有研習課程"
              description="請匯入研習課程清單（課程代碼、課程名稱、課程類別）：研習時數檔沒有課程類別的列，會依課程代碼從這裡取得類別。"
              action={
                <Group gap="sm">
                  <Button component="a" href={hrefOf(PATHS.importWizard, { kind: 'courses' })}>
                    匯入研習課程
                  </Button>
                  <TemplateButton kind="courses" />
                </Group>
              }
            />
          )
        }
      />
    </>
  );
}
