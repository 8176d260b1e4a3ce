import { Paper, SimpleGrid, Text } from '@mantine/core';
import { formatCount } from '../../components/format.ts';
import type { ImportReport } from './labels.ts';

/** The report's numbers, one card each: what was read and what became of it. */
export function ReportCounts({ report }: { report: ImportReport }) {
  const cards: Array<[string, number, string?]> = [
    ['讀取資料列', report.read],
    ['新增', report.added, 'green'],
    ['更新', report.replaced, 'blue'],
    ['未變更', report.unchanged],
    ['未匯入', report.rejected, report.rejected > 0 ? 'red' : undefined],
  ];
  if (report.kind === 'teachers') cards.push(['未出現在新名冊', report.missing, report.missing > 0 ? 'orange' : undefined]);
  return (
    <SimpleGrid cols={{ base: 3, md: cards.length }} spacing="sm" role="list" aria-label="匯入結果">
      {cards.map(([label, value, color]) => (
        <Paper key={label} withBorder p="sm" radius="md" role="listitem" aria-label={`${label} ${formatCount(value)}`}>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text size="xl" fw={700} c={color} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatCount(value)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
