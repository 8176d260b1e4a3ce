import { Badge, Button, Drawer, Group, Loader, Select } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { formatRocDateTime } from '../../../main/engine/rocDate.ts';
import { importKind, type ImportKindName } from '../../../preload/contracts/imports.ts';
import { useQuery } from '../../api.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatCount } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PAGE_SIZE } from '../../components/useListState.ts';
import { hrefOf, navigate, PATHS, useRoute } from '../../state/route.ts';
import { useYear } from '../../state/year.tsx';
import { ImportReportView } from './ImportReportView.tsx';
import { KIND_LABELS, kindLabel, STATUS, type ImportReport } from './labels.ts';

const count = (n: number) => formatCount(n);
const FIXED_SORT = { by: 'time', dir: 'desc' } as const;
const COLUMNS: Column<ImportReport, 'time'>[] = [
  { key: 'time', label: '匯入時間', render: (r) => formatRocDateTime(r.finishedAt) },
  { key: 'kind', label: '種類', render: (r) => kindLabel(r.kind) },
  { key: 'file', label: '檔案', render: (r) => r.fileName },
  { key: 'year', label: '學年度', numeric: true, render: (r) => r.year ?? '—' },
  {
    key: 'status',
    label: '結果',
    render: (r) => (
      <Badge variant="light" color={STATUS[r.status].color} radius="sm">
        {STATUS[r.status].label}
      </Badge>
    ),
  },
  { key: 'read', label: '讀取', numeric: true, render: (r) => count(r.read) },
  { key: 'added', label: '新增', numeric: true, render: (r) => count(r.added) },
  { key: 'replaced', label: '更新', numeric: true, render: (r) => count(r.replaced) },
  { key: 'unchanged', label: '未變更', numeric: true, render: (r) => count(r.unchanged) },
  { key: 'rejected', label: '未匯入', numeric: true, render: (r) => count(r.rejected) },
];

/** Every import, newest first; a row opens its report. */
export function ImportHistoryPage() {
  const { params } = useRoute();
  const { year } = useYear();
  const [scope, setScope] = useState<'year' | 'all'>('year');
  const [kind, setKind] = useState<ImportKindName | null>(null);
  const [page, setPage] = useState(1);
  const shownYear = scope === 'year' ? year : null;
  const query = useQuery('imports:history', { year: shownYear, kind, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } });
  const openId = Number(params.get('id')) || null;
  const open = (id: number | null) => navigate(PATHS.importHistory, { id: id === null ? null : String(id) });

  return (
    <>
      <PageHeader
        title="匯入紀錄"
        action={
          <Button component="a" href={hrefOf(PATHS.importWizard)} leftSection={<IconUpload size={16} aria-hidden />}>
            匯入檔案
          </Button>
        }
      />
      <DataTable
        label="匯入紀錄"
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
        sort={FIXED_SORT}
        onSortChange={() => {}}
        onRowClick={(r) => open(r.id)}
        filters={
          <Group gap="sm">
            <Select
              aria-label="學年度範圍"
              data={[
                { value: 'year', label: year === null ? '目前學年度' : `${year} 學年度` },
                { value: 'all', label: '全部學年度' },
              ]}
              value={scope}
              onChange={(v) => {
                setScope(v === 'all' ? 'all' : 'year');
                setPage(1);
              }}
              allowDeselect={false}
              w={150}
            />
            <Select
              aria-label="匯入種類"
              placeholder="全部種類"
              data={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
              value={kind}
              onChange={(v) => {
                const parsed = importKind.safeParse(v);
                setKind(parsed.success ? parsed.data : null);
                setPage(1);
              }}
              clearable
              w={150}
            />
          </Group>
        }
        empty={
          <EmptyState
            title="還沒有匯入紀錄"
            description="每次匯入（包括被拒收或取消的）都會記在這裡，並保留它的報告。"
            action={
              <Button component="a" href={hrefOf(PATHS.importWizard)}>
                匯入檔案
              </Button>
            }
          />
        }
      />
      <ReportDrawer id={openId} onClose={() => open(null)} />
    </>
  );
}

function ReportDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const report = useQuery('imports:report', id === null ? null : { id });
  return (
    <Drawer opened={id !== null} onClose={onClose} position="right" size="xl" title="匯入報告" closeButtonProps={{ 'aria-label': '關閉' }}>
      {report.error ? <ErrorAlert error={report.error} onRetry={report.reload} /> : null}
      {report.data && report.data.id === id ? <ImportReportView report={report.data} onChanged={report.reload} /> : !report.error ? <Loader size="sm" aria-label="讀取中" /> : null}
    </Drawer>
  );
}
