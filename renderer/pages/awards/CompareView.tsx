import { Badge, Group, Paper, SegmentedControl, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Output } from '../../../preload/contract.ts';
import { useQuery } from '../../api.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatCount } from '../../components/format.ts';
import { hoursText, percentText, prText, REASON_SHORT, SOURCE_LABELS } from './labels.ts';

type Change = Output<'awards:compare'>['rows'][number];
type Bucket = 'entered' | 'left' | 'reasonsChanged';
type Kind = 'authority' | 'school' | 'teacher';
const PAGE = 50;

const KIND_LABELS: Record<Kind, string> = { authority: '主管機關', school: '學校', teacher: '教師' };
const PARAMETER_LABELS: Record<string, string> = {
  classWidth: '組距',
  classOrigin: '組界起點',
  threshold: 'PR 門檻',
  fillRateThreshold: '填報率門檻',
  nationalAverageSource: '全國平均來源',
  nationalAverage: '全國平均（小時）',
};

function valueText(name: string, v: number | string | null): string {
  if (v === null) return '—';
  if (name === 'nationalAverageSource') return SOURCE_LABELS[v as 'computed' | 'provided'] ?? String(v);
  if (name === 'fillRateThreshold' && typeof v === 'number') return percentText(v, 2);
  return String(v);
}

function stateText(kind: Kind, s: Change['before']): string {
  if (s === null) return '不在名單中';
  const score = kind === 'authority' ? `填報率 ${percentText(s.score, 2)}` : `${kind === 'school' ? '平均時數' : '時數'} ${hoursText(s.score)}、PR ${prText(s.pr)}`;
  return `${s.awarded ? '獲獎' : '未獲獎'}（${score}）`;
}

const COLUMNS: Column<Change, never>[] = [
  { key: 'kind', label: '類別', render: (c) => KIND_LABELS[c.kind] },
  { key: 'label', label: '對象', render: (c) => c.label },
  { key: 'before', label: '較早的計算', render: (c) => stateText(c.kind, c.before) },
  { key: 'after', label: '較新的計算', render: (c) => stateText(c.kind, c.after) },
  {
    key: 'why',
    label: '原因變化',
    render: (c) => (
      <Group gap={4}>
        {c.reasonsRemoved.map((r) => (
          <Badge key={`-${r}`} color="teal" variant="light">
            不再{REASON_SHORT[r]}
          </Badge>
        ))}
        {c.reasonsAdded.map((r) => (
          <Badge key={`+${r}`} color="red" variant="light">
            {REASON_SHORT[r]}
          </Badge>
        ))}
      </Group>
    ),
  },
];

/** Run a (the earlier) against run b: who entered the list, who left it, and why. */
export function CompareView({ a, b }: { a: number; b: number }) {
  const [bucket, setBucket] = useState<Bucket>('entered');
  const [kind, setKind] = useState<Kind | 'all'>('all');
  const [page, setPage] = useState(1);
  const query = useQuery('awards:compare', { a, b, bucket, kind: kind === 'all' ? null : kind, page: { offset: (page - 1) * PAGE, limit: PAGE } });
  const counts = query.data?.counts;
  const total = (name: Bucket) => (counts ? counts[name].authority + counts[name].school + counts[name].teacher : null);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          比較第 {a} 次與第 {b} 次計算
        </Title>
        {query.data ? (
          <Text size="sm" aria-label="參數差異">
            {query.data.parameters.length === 0
              ? '兩次計算的參數與全國平均相同；差異來自計算之間資料的變動。'
              : `參數差異：${query.data.parameters.map((p) => `${PARAMETER_LABELS[p.name] ?? p.name} ${valueText(p.name, p.before)} → ${valueText(p.name, p.after)}`).join('；')}`}
          </Text>
        ) : null}
        <Tabs value={bucket} onChange={(v) => { setBucket((v as Bucket) ?? 'entered'); setPage(1); }}>
          <Tabs.List>
            <Tabs.Tab value="entered">進入獲獎名單（{formatCount(total('entered'))}）</Tabs.Tab>
            <Tabs.Tab value="left">離開獲獎名單（{formatCount(total('left'))}）</Tabs.Tab>
            <Tabs.Tab value="reasonsChanged">原因改變（{formatCount(total('reasonsChanged'))}）</Tabs.Tab>
          </Tabs.List>
        </Tabs>
        <DataTable
          label="比較結果"
          columns={COLUMNS}
          rows={query.data?.rows ?? []}
          rowKey={(c) => c.key}
          total={query.data?.total ?? null}
          loading={query.loading}
          error={query.error}
          onRetry={query.reload}
          page={page}
          pageSize={PAGE}
          onPageChange={setPage}
          sort={{ by: 'order' as never, dir: 'asc' }}
          onSortChange={() => {}}
          filters={
            <SegmentedControl
              aria-label="類別"
              value={kind}
              onChange={(v) => { setKind(v as Kind | 'all'); setPage(1); }}
              data={[{ value: 'all', label: '全部' }, ...(['authority', 'school', 'teacher'] as const).map((k) => ({ value: k, label: KIND_LABELS[k] }))]}
            />
          }
          empty={<EmptyState title="沒有變化" description="這兩次計算在這一類沒有差異。" />}
        />
      </Stack>
    </Paper>
  );
}
