import { Alert, Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { FILING_STATUS_LABELS } from '../../../main/engine/planFiling.ts';
import { STAGES, type Stage } from '../../../main/engine/vocabulary.ts';
import type { Output } from '../../../preload/contract.ts';
import type { PlanKindName } from '../../../preload/contracts/plans.ts';
import { call, errorMessage, useQuery } from '../../api.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { saveBase64File } from '../../components/download.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { NoYearNotice } from '../../components/NoYearNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PAGE_SIZE } from '../../components/useListState.ts';
import { YearGate } from '../../components/YearGate.tsx';
import { useRoute } from '../../state/route.ts';
import { FilingBadge } from './FilingBadge.tsx';
import { rocTime } from './format.ts';

type ReminderRow = Output<'plans:reminders'>['rows'][number];
type Filter = { authority: string | null; stage: Stage | null; windowState: 'open' | 'closed' | null; filing: 'outsideWindow' | 'returned' | 'draft' | 'none' | null };

const WINDOW_LABELS = { upcoming: '尚未開始', open: '填報中', closed: '已截止', none: '無填報期間' } as const;

/** Whom to call: the school's contact person (else its principal), stacked so the table stays narrow. */
function ContactCell({ r }: { r: ReminderRow }) {
  const name = [r.contactName, r.contactTitle].filter(Boolean).join('／') || (r.principalName ? `${r.principalName}（校長）` : '—');
  const phone = [r.contactPhone, r.contactMobile].filter(Boolean).join('、') || r.principalPhone;
  const email = r.contactEmail ?? r.principalEmail;
  return (
    <Stack gap={0}>
      <Text size="sm">{name}</Text>
      {phone ? <Text size="xs" c="dimmed">{phone}</Text> : null}
      {email ? <Text size="xs" c="dimmed">{email}</Text> : null}
    </Stack>
  );
}

const COMMON: Column<ReminderRow, 'none'>[] = [
  { key: 'school', label: '學校', render: (r) => `${r.schoolCode} ${r.school}` },
  { key: 'authority', label: '主管機關', render: (r) => r.authority },
  { key: 'filing', label: '填報狀態', render: (r) => <FilingBadge filing={r.filing} /> },
  { key: 'window', label: '填報期間', render: (r) => <Stack gap={0}><Text size="sm">{WINDOW_LABELS[r.windowState]}</Text><Text size="xs" c="dimmed">截止 {rocTime(r.windowEnd)}</Text></Stack> },
  { key: 'contact', label: '聯絡方式', render: (r) => <ContactCell r={r} /> },
];
const TEACHER_COLUMNS: Column<ReminderRow, 'none'>[] = [
  { key: 'teacher', label: '教師', render: (r) => <Stack gap={0}><Text size="sm">{r.teacher}</Text><Text size="xs" c="dimmed">{r.maskedId}</Text></Stack> },
  ...COMMON,
];

export function RemindersPage() {
  return (
    <YearGate
      empty={
        <>
          <PageHeader title="催覆名單" />
          <NoYearNotice />
        </>
      }
    >
      {(year) => <Reminders year={year} />}
    </YearGate>
  );
}

function Reminders({ year }: { year: number }) {
  const { params } = useRoute();
  const [kind, setKind] = useState<PlanKindName>(params.get('kind') === 'teacher' ? 'teacher' : 'school');
  const [filter, setFilterState] = useState<Filter>({ authority: params.get('authority'), stage: null, windowState: null, filing: null });
  const [page, setPage] = useState(1);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const setFilter = (patch: Partial<Filter>) => {
    setFilterState((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const authorities = useQuery('registry:authorities', { year });
  const query = useQuery('plans:reminders', { year, kind, filter, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } });

  const exportFile = async () => {
    setExporting(true);
    setExportError(null);
    try {
      const file = await call('plans:remindersFile', { year, kind, filter, ...(query.data ? { at: query.data.at } : {}) });
      saveBase64File(file.fileName, file.base64);
    } catch (error) {
      setExportError(errorMessage(error));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <PageHeader
        title="催覆名單"
        action={
          <Button leftSection={<IconFileSpreadsheet size={16} aria-hidden />} onClick={exportFile} loading={exporting} disabled={!query.data || query.data.total === 0}>
            匯出 Excel
          </Button>
        }
      />
      {exportError ? <Alert color="red" role="alert" mb="sm">{exportError}</Alert> : null}
      <DataTable<ReminderRow, 'none'>
        label="催覆名單"
        columns={kind === 'school' ? COMMON : TEACHER_COLUMNS}
        rows={query.data?.rows ?? []}
        rowKey={(r) => `${r.kind}:${r.key}`}
        total={query.data?.total ?? null}
        loading={query.loading}
        error={query.error}
        onRetry={query.reload}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
        sort={{ by: 'none', dir: 'asc' }}
        onSortChange={() => {}}
        filters={
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              填報期間已開始（填報中或已截止）而尚未於期限內送出規劃的{kind === 'school' ? '學校' : '在職教師'}，附學校聯絡人與校長的聯絡方式。匯出的 Excel 身分證字號已遮蔽。
            </Text>
            <Group gap="sm" align="flex-end" role="search">
              <SegmentedControl aria-label="對象" value={kind} onChange={(v) => { setKind(v === 'teacher' ? 'teacher' : 'school'); setPage(1); }} data={[{ value: 'school', label: '學校' }, { value: 'teacher', label: '教師' }]} />
              <Select aria-label="主管機關" placeholder="全部主管機關" clearable searchable w={170} data={(authorities.data ?? []).map((a) => a.name)} value={filter.authority} onChange={(authority) => setFilter({ authority })} />
              <Select aria-label="學制" placeholder="全部學制" clearable w={150} data={[...STAGES]} value={filter.stage} onChange={(v) => setFilter({ stage: STAGES.find((s) => s === v) ?? null })} />
              <Select aria-label="填報期間" placeholder="填報中與已截止" clearable w={170} data={[{ value: 'open', label: '填報中' }, { value: 'closed', label: '已截止' }]} value={filter.windowState} onChange={(v) => setFilter({ windowState: v === 'open' || v === 'closed' ? v : null })} />
              <Select
                aria-label="填報狀態"
                placeholder="全部未期限內送出"
                clearable
                w={190}
                data={(['none', 'draft', 'returned', 'outsideWindow'] as const).map((f) => ({ value: f, label: FILING_STATUS_LABELS[f] }))}
                value={filter.filing}
                onChange={(v) => setFilter({ filing: (['none', 'draft', 'returned', 'outsideWindow'] as const).find((f) => f === v) ?? null })}
              />
            </Group>
          </Stack>
        }
        empty={<EmptyState title="沒有需要催覆的對象" description="填報期間已開始的對象都已於期限內送出規劃，或填報期間尚未開始。可以放寬篩選條件再看看。" />}
      />
    </>
  );
}
