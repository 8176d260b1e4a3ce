import { Anchor, Card, SimpleGrid, Text } from '@mantine/core';
import { useQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatCount } from '../../components/format.ts';
import { hrefOf } from '../../state/route.ts';
import { formatHours } from './format.ts';
import { HOURS_PATHS } from './paths.ts';

/** The year at a glance: records, teachers with hours, total and average hours, rows waiting. */
export function HoursSummaryCards({ year }: { year: number }) {
  const summary = useQuery('hours:summary', { year });
  if (summary.error) return <ErrorAlert error={summary.error} onRetry={summary.reload} />;
  const s = summary.data;
  const waiting = s ? Object.values(s.pending).reduce((a, b) => a + b, 0) : 0;
  const cards = [
    { label: '時數紀錄', value: s ? `${formatCount(s.records)} 筆` : '…' },
    { label: '有時數的教師', value: s ? `${formatCount(s.withHours)} / ${formatCount(s.teachers)} 位` : '…' },
    { label: '總時數', value: s ? `${formatHours(s.totalHours)} 小時` : '…' },
    { label: '平均每位教師', value: s ? `${formatHours(s.teachers ? Math.round((s.totalHours / s.teachers) * 100) / 100 : 0)} 小時` : '…' },
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 5 }} mb="md">
      {cards.map((c) => (
        <Card key={c.label} withBorder padding="sm">
          <Text size="xs" c="dimmed">
            {c.label}
          </Text>
          <Text fw={700} size="lg" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {c.value}
          </Text>
        </Card>
      ))}
      <Card withBorder padding="sm">
        <Text size="xs" c="dimmed">
          待確認
        </Text>
        {waiting > 0 ? (
          <Anchor href={hrefOf(HOURS_PATHS.pending)} fw={700} size="lg" c="orange">
            {formatCount(waiting)} 列
          </Anchor>
        ) : (
          <Text fw={700} size="lg">
            0 列
          </Text>
        )}
      </Card>
    </SimpleGrid>
  );
}
