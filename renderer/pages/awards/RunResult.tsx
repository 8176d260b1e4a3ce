import { Tabs, Text } from '@mantine/core';
import type { Output } from '../../../preload/contract.ts';
import { useQuery } from '../../api.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatCount } from '../../components/format.ts';
import { FILING_STATUS_LABELS, hoursText, percentText, prText, reasonsText, type AwardReason } from './labels.ts';
import { RESULT_PAGE_SIZE, ResultFilters, useResultList, type ResultSortKey } from './ResultFilters.tsx';

export type AuthorityRow = Output<'awards:get'>['authorities'][number];
export type SchoolRow = Output<'awards:schools'>['rows'][number];
export type TeacherRow = Output<'awards:teachers'>['rows'][number];
export type Candidate = { kind: 'authority'; row: AuthorityRow } | { kind: 'school'; row: SchoolRow } | { kind: 'teacher'; row: TeacherRow };

const outcome = (awarded: boolean) => (
  <Text span size="sm" fw={awarded ? 700 : 400} c={awarded ? 'teal.8' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
    {awarded ? '獲獎' : '未獲獎'}
  </Text>
);
/** Short cells stay on one line; the table scrolls sideways instead of breaking 國小 into two lines. */
const line = (text: string) => <span style={{ whiteSpace: 'nowrap' }}>{text}</span>;

const AUTHORITY_COLUMNS: Column<AuthorityRow, never>[] = [
  { key: 'authority', label: '主管機關', render: (r) => r.authority },
  { key: 'schools', label: '學校數', numeric: true, render: (r) => formatCount(r.schools) },
  { key: 'filed', label: '期限內送出', numeric: true, render: (r) => formatCount(r.filedOnTime) },
  { key: 'rate', label: '填報率', numeric: true, render: (r) => percentText(r.fillRate, 2) },
  { key: 'awarded', label: '結果', render: (r) => outcome(r.awarded) },
  { key: 'reasons', label: '未獲獎原因', render: (r) => reasonsText(r.reasons) },
];

const SCHOOL_COLUMNS: Column<SchoolRow, ResultSortKey>[] = [
  { key: 'code', label: '學校代碼', render: (r) => r.code },
  { key: 'name', label: '校名', sortKey: 'name', render: (r) => r.name },
  { key: 'group', label: '比較群組', render: (r) => line(`${r.authority} ${r.stage}`) },
  { key: 'teachers', label: '教師數', numeric: true, render: (r) => formatCount(r.teachers) },
  { key: 'average', label: '平均時數', sortKey: 'score', numeric: true, render: (r) => hoursText(r.averageHours) },
  { key: 'pr', label: 'PR', sortKey: 'pr', numeric: true, render: (r) => prText(r.pr) },
  { key: 'filing', label: '學校規劃', render: (r) => line(FILING_STATUS_LABELS[r.filing]) },
  { key: 'awarded', label: '結果', render: (r) => outcome(r.awarded) },
  { key: 'reasons', label: '未獲獎原因', render: (r) => reasonsText(r.reasons) },
];

const TEACHER_COLUMNS: Column<TeacherRow, ResultSortKey>[] = [
  { key: 'name', label: '姓名', sortKey: 'name', render: (r) => line(r.name) },
  { key: 'id', label: '身分證字號', render: (r) => line(r.maskedId) },
  { key: 'school', label: '學校', render: (r) => `${r.school} ${r.schoolName}` },
  { key: 'group', label: '比較群組', render: (r) => line(`${r.authority} ${r.stage}`) },
  { key: 'hours', label: '研習時數', sortKey: 'score', numeric: true, render: (r) => hoursText(r.hours) },
  { key: 'pr', label: 'PR', sortKey: 'pr', numeric: true, render: (r) => prText(r.pr) },
  { key: 'filing', label: '教師規劃', render: (r) => line(FILING_STATUS_LABELS[r.filing]) },
  { key: 'awarded', label: '結果', render: (r) => outcome(r.awarded) },
  { key: 'reasons', label: '未獲獎原因', render: (r) => reasonsText(r.reasons) },
];

const RANKED_REASONS: AwardReason[] = ['notFiledOnTime', 'belowNationalAverage', 'prBelowThreshold'];
const noMatch = <EmptyState title="沒有符合條件的對象" description="請放寬主管機關、學制、結果或原因的條件。" />;

interface RunResultProps {
  runId: number;
  authorities: AuthorityRow[];
  counts: { authorities: number; schools: number; teachers: number };
  onExplain: (candidate: Candidate) => void;
}

/** The three result tabs of a run: authorities, schools, teachers — each row opens its explanation. */
export function RunResult({ runId, authorities, counts, onExplain }: RunResultProps) {
  return (
    <Tabs defaultValue="teachers" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="authorities">主管機關（{formatCount(counts.authorities)}）</Tabs.Tab>
        <Tabs.Tab value="schools">學校（{formatCount(counts.schools)}）</Tabs.Tab>
        <Tabs.Tab value="teachers">教師（{formatCount(counts.teachers)}）</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="authorities" pt="md">
        <Text size="sm" c="dimmed" mb="xs">
          主管機關獲獎條件：轄屬學校於填報期間內送出學校本位規劃的比率達門檻。
        </Text>
        <DataTable
          label="主管機關結果"
          columns={AUTHORITY_COLUMNS}
          rows={authorities}
          rowKey={(r) => r.seq}
          total={authorities.length}
          loading={false}
          error={null}
          onRetry={() => {}}
          page={1}
          pageSize={Math.max(1, authorities.length)}
          onPageChange={() => {}}
          sort={{ by: 'order' as never, dir: 'asc' }}
          onSortChange={() => {}}
          empty={noMatch}
          onRowClick={(row) => onExplain({ kind: 'authority', row })}
        />
      </Tabs.Panel>
      <Tabs.Panel value="schools" pt="md">
        <SchoolsTab runId={runId} authorities={authorities.map((a) => a.authority)} onExplain={onExplain} />
      </Tabs.Panel>
      <Tabs.Panel value="teachers" pt="md">
        <TeachersTab runId={runId} authorities={authorities.map((a) => a.authority)} onExplain={onExplain} />
      </Tabs.Panel>
    </Tabs>
  );
}

interface TabProps {
  runId: number;
  authorities: string[];
  onExplain: (candidate: Candidate) => void;
}

function SchoolsTab({ runId, authorities, onExplain }: TabProps) {
  const list = useResultList();
  const query = useQuery('awards:schools', { id: runId, ...list.request });
  return (
    <DataTable
      label="學校結果"
      columns={SCHOOL_COLUMNS}
      rows={query.data?.rows ?? []}
      rowKey={(r) => r.seq}
      total={query.data?.total ?? null}
      loading={query.loading}
      error={query.error}
      onRetry={query.reload}
      page={list.page}
      pageSize={RESULT_PAGE_SIZE}
      onPageChange={list.setPage}
      sort={list.sort}
      onSortChange={list.setSort}
      filters={
        <ResultFilters
          filter={list.filter}
          onChange={list.setFilter}
          onClear={list.clear}
          authorities={authorities}
          reasons={[...RANKED_REASONS, 'noTeachers']}
          counts={query.data?.counts}
          searchPlaceholder="搜尋校名／學校代碼"
        />
      }
      empty={noMatch}
      onRowClick={(row) => onExplain({ kind: 'school', row })}
    />
  );
}

function TeachersTab({ runId, authorities, onExplain }: TabProps) {
  const list = useResultList();
  const query = useQuery('awards:teachers', { id: runId, ...list.request });
  return (
    <DataTable
      label="教師結果"
      columns={TEACHER_COLUMNS}
      rows={query.data?.rows ?? []}
      rowKey={(r) => r.seq}
      total={query.data?.total ?? null}
      loading={query.loading}
      error={query.error}
      onRetry={query.reload}
      page={list.page}
      pageSize={RESULT_PAGE_SIZE}
      onPageChange={list.setPage}
      sort={list.sort}
      onSortChange={list.setSort}
      filters={
        <ResultFilters
          filter={list.filter}
          onChange={list.setFilter}
          onClear={list.clear}
          authorities={authorities}
          reasons={RANKED_REASONS}
          counts={query.data?.counts}
          searchPlaceholder="搜尋姓名／學校代碼／遮蔽身分證字號"
        />
      }
      empty={noMatch}
      onRowClick={(row) => onExplain({ kind: 'teacher', row })}
    />
  );
}
