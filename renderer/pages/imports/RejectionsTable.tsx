import { useState } from 'react';
import type { Output } from '../../../preload/contract.ts';
import { useQuery } from '../../api.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PAGE_SIZE } from '../../components/useListState.ts';

type Rejection = Output<'imports:rejections'>['rows'][number];

// In file order (sheet, row); no column sorts.
const FIXED_SORT = { by: 'row', dir: 'asc' } as const;
const COLUMNS: Column<Rejection, 'row'>[] = [
  { key: 'sheet', label: '工作表', render: (r) => r.sheet },
  { key: 'row', label: '列', numeric: true, render: (r) => r.row },
  { key: 'column', label: '欄位', render: (r) => r.column },
  { key: 'reason', label: '原因', render: (r) => r.reason },
];

/** The rows that were not imported, with the reason for each, page by page. */
export function RejectionsTable({ importId }: { importId: number }) {
  const [page, setPage] = useState(1);
  const query = useQuery('imports:rejections', { id: importId, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } });
  return (
    <DataTable
      label="未匯入資料列"
      columns={COLUMNS}
      rows={query.data?.rows ?? []}
      rowKey={(r) => `${r.sheet}-${r.row}-${r.column}-${r.reason}`}
      total={query.data?.total ?? null}
      loading={query.loading}
      error={query.error}
      onRetry={query.reload}
      page={page}
      pageSize={PAGE_SIZE}
      onPageChange={setPage}
      sort={FIXED_SORT}
      onSortChange={() => {}}
      empty={<EmptyState title="每一列都匯入了" description="這個檔案沒有格式錯誤或對不上的資料列。" />}
    />
  );
}
