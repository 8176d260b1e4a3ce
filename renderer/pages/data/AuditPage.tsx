import { Alert, Badge, Button, Code, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { formatRocDateTime } from '../../../main/engine/rocDate.ts';
import { AUDIT_ACTIONS, AUDIT_AREAS, AUDIT_RESULTS, type AuditFilter, type AuditRow } from '../../../preload/contracts/audit.ts';
import { call, errorMessage, useQuery } from '../../api.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { DetailDrawer } from '../../components/DetailDrawer.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PAGE_SIZE } from '../../components/useListState.ts';
import { AuditExportModal } from './AuditExportModal.tsx';
import { AuditFilters, NO_AUDIT_FILTER } from './AuditFilters.tsx';

export const AUDIT_PATH = '/data/audit';

const RESULT_COLOR = { ok: 'teal', refused: 'red', cancelled: 'gray' } as const;
const FIXED_SORT = { by: 'time', dir: 'desc' } as const;

const actionLabel = (action: string): string => (Object.hasOwn(AUDIT_ACTIONS, action) ? AUDIT_ACTIONS[action as keyof typeof AUDIT_ACTIONS].label : action);
const areaLabel = (area: string): string => (Object.hasOwn(AUDIT_AREAS, area) ? AUDIT_AREAS[area as keyof typeof AUDIT_AREAS] : area);

function ResultBadge({ result }: { result: AuditRow['result'] }) {
  return (
    <Badge variant="light" color={RESULT_COLOR[result]} radius="sm">
      {AUDIT_RESULTS[result]}
    </Badge>
  );
}

// Short columns never wrap (a narrow column would break '使用者' or cut the badge); the summary takes the rest.
const nowrap = (minWidth: string) => ({ whiteSpace: 'nowrap', display: 'inline-block', minWidth }) as const;

const COLUMNS: Column<AuditRow, 'time'>[] = [
  { key: 'time', label: '時間', render: (r) => <span style={nowrap('7em')}>{formatRocDateTime(r.at)}</span> },
  { key: 'user', label: '使用者', render: (r) => <span style={nowrap('4em')}>{r.osUser}</span> },
  { key: 'action', label: '動作', render: (r) => <span style={nowrap('6em')}>{actionLabel(r.action)}</span> },
  { key: 'summary', label: '內容', render: (r) => <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>{r.summary}</Text> },
  { key: 'result', label: '結果', render: (r) => <span style={nowrap('4.5em')}><ResultBadge result={r.result} /></span> },
];

/** 資料與安全 › 操作紀錄: every recorded change, newest first; filter, open a row, export as .xlsx. */
export function AuditPage() {
  const [filter, setFilter] = useState<AuditFilter>(NO_AUDIT_FILTER);
  const [page, setPage] = useState(1);
  const [q] = useDebouncedValue(filter.q.trim(), 250);
  const shown: AuditFilter = { ...filter, q };
  const query = useQuery('audit:list', { filter: shown, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } });
  const [open, setOpen] = useState<AuditRow | null>(null);
  const [typing, setTyping] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const unfiltered = filter.from === null && filter.to === null && filter.action === null && filter.area === null && filter.q.trim() === '';

  const change = (patch: Partial<AuditFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };

  const exported = (path: string, rows: number) => {
    setMessage({ ok: true, text: `已匯出 ${rows.toLocaleString('zh-TW')} 筆操作紀錄到 ${path}。` });
    query.reload();
  };

  // The desktop app asks where with its save dialog; without one, the path is typed in a modal.
  const exportNow = async () => {
    setMessage(null);
    try {
      const result = await call('audit:export', { filter: shown });
      if (!result.available) setTyping(true);
      else if (result.path !== null) exported(result.path, result.rows);
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    }
  };

  return (
    <>
      <PageHeader
        title="操作紀錄"
        withYear={false}
        action={
          <Button leftSection={<IconFileSpreadsheet size={16} aria-hidden />} onClick={exportNow} disabled={query.data?.total === 0}>
            匯出 Excel
          </Button>
        }
      />
      {message ? (
        <Alert color={message.ok ? 'teal' : 'red'} role={message.ok ? 'status' : 'alert'} mb="md" withCloseButton closeButtonLabel="關閉訊息" onClose={() => setMessage(null)}>
          {message.text}
        </Alert>
      ) : null}
      <DataTable
        label="操作紀錄"
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
        onRowClick={setOpen}
        filters={<AuditFilters value={filter} onChange={change} />}
        empty={
          <EmptyState
            title={unfiltered ? '還沒有操作紀錄' : '沒有符合條件的紀錄'}
            description={
              unfiltered
                ? '每次匯入、退回或審閱規劃、計算獎勵、修改時程、備份與還原，都會記錄時間、使用者與內容。'
                : '請放寬日期範圍、改選其他動作，或清除條件。'
            }
          />
        }
      />
      <DetailDrawer
        opened={open !== null}
        onClose={() => setOpen(null)}
        title="操作紀錄"
        size="lg"
        fields={
          open === null
            ? []
            : [
                { label: '編號', value: open.id },
                { label: '時間', value: formatRocDateTime(open.at) },
                { label: '使用者', value: open.osUser },
                { label: '範圍', value: areaLabel(open.area) },
                { label: '動作', value: actionLabel(open.action) },
                { label: '結果', value: <ResultBadge result={open.result} /> },
                { label: '內容', value: open.summary },
                { label: '程式版本', value: open.appVersion },
                { label: '細節', value: <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{JSON.stringify(open.details, null, 2)}</Code> },
              ]
        }
      />
      <AuditExportModal
        opened={typing}
        filter={shown}
        onClose={() => setTyping(false)}
        onExported={(result) => {
          setTyping(false);
          if (result.path !== null) exported(result.path, result.rows);
        }}
      />
    </>
  );
}
