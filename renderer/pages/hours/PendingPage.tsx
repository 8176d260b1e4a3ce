import { Alert, Button, SegmentedControl } from '@mantine/core';
import { useState } from 'react';
import { formatRocDate } from '../../../main/engine/rocDate.ts';
import { call, errorMessage, useQuery } from '../../api.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useDetail } from '../../components/DetailDrawer.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PAGE_SIZE } from '../../components/useListState.ts';
import { YearGate } from '../../components/YearGate.tsx';
import { useYear } from '../../state/year.tsx';
import { hrefOf, PATHS } from '../../state/route.ts';
import { formatHours } from './format.ts';
import { REASON_LABELS, ResolveDrawer, type PendingRow, type ResolveOutcome } from './ResolveDrawer.tsx';

const COLUMNS: Column<PendingRow, never>[] = [
  { key: 'reason', label: '原因', render: (r) => <span style={{ whiteSpace: 'nowrap' }}>{REASON_LABELS[r.reason]}</span> },
  { key: 'name', label: '姓名', render: (r) => <span style={{ whiteSpace: 'nowrap' }}>{r.name}</span> },
  { key: 'school', label: '學校（檔案所寫）', render: (r) => [r.schoolCode, r.schoolName].filter(Boolean).join(' ') || '—' },
  { key: 'course', label: '課程', render: (r) => `${r.courseCode} ${r.courseName ?? ''}` },
  { key: 'date', label: '日期', render: (r) => formatRocDate(r.date) },
  { key: 'hours', label: '時數', numeric: true, render: (r) => formatHours(r.hours) },
  { key: 'detail', label: '說明', render: (r) => r.detail },
];

type Filter = 'all' | PendingRow['reason'];

/** 待確認: hour rows no import could place — the officer picks the teacher or the classification. */
export function PendingPage() {
  const { year } = useYear();
  const [retryNote, setRetryNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [generation, setGeneration] = useState(0);
  const retry = async () => {
    if (year === null) return;
    try {
      const r = await call('hours:retry', { year });
      setRetryNote({ ok: true, text: `重新比對完成：${r.placed} 列已歸入教師，仍有 ${r.remaining} 列待確認。` });
      setGeneration((g) => g + 1);
    } catch (failure) {
      setRetryNote({ ok: false, text: errorMessage(failure) });
    }
  };
  return (
    <>
      <PageHeader title="待確認" action={<Button onClick={() => void retry()}>依最新名冊重新比對</Button>} />
      {retryNote ? (
        <Alert color={retryNote.ok ? 'green' : 'red'} mb="md" role="status" withCloseButton onClose={() => setRetryNote(null)}>
          {retryNote.text}
        </Alert>
      ) : null}
      <YearGate>{(y) => <PendingList key={`${y}-${generation}`} year={y} />}</YearGate>
    </>
  );
}

function PendingList({ year }: { year: number }) {
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(1);
  const [outcome, setOutcome] = useState<ResolveOutcome | null>(null);
  const query = useQuery('hours:pending', { year, reason: filter === 'all' ? null : filter, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } });
  const detail = useDetail<PendingRow>();
  const counts = query.data?.counts ?? {};
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  const options = [
    { value: 'all', label: `全部（${all}）` },
    ...(Object.keys(REASON_LABELS) as PendingRow['reason'][]).map((r) => ({ value: r, label: `${REASON_LABELS[r]}（${counts[r] ?? 0}）` })),
  ];
  return (
    <>
      {outcome ? (
        <Alert color="green" mb="md" role="status" withCloseButton onClose={() => setOutcome(null)}>
          {outcome.text}
        </Alert>
      ) : null}
      <DataTable
        label="待確認的研習時數列"
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
        sort={{ by: 'name' as never, dir: 'asc' }}
        onSortChange={() => undefined}
        filters={
          <SegmentedControl
            aria-label="原因"
            data={options}
            value={filter}
            onChange={(v) => {
              setFilter(v as Filter);
              setPage(1);
            }}
          />
        }
        empty={
          <EmptyState
            title="沒有待確認的列"
            description="匯入的研習時數都已歸入教師並有課程類別。匯入時找不到教師、有同名教師或缺課程類別的列，會列在這裡。"
            action={
              <Button component="a" href={hrefOf(PATHS.importWizard, { kind: 'hours' })} variant="light">
                匯入研習時數
              </Button>
            }
          />
        }
        onRowClick={detail.open}
      />
      <ResolveDrawer
        year={year}
        row={detail.row}
        opened={detail.opened}
        onClose={detail.close}
        onResolved={(o) => {
          setOutcome(o);
          detail.close();
          query.reload();
        }}
      />
    </>
  );
}
