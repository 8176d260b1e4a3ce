import { Paper, SimpleGrid, Text } from '@mantine/core';

export interface Stat {
  label: string;
  value: string;
  /** Under the value: the counts it comes from, or the change from last year. */
  detail: string;
}

/** The few headline numbers of a section, each with what it is made of. */
export function StatCards({ stats, label }: { stats: Stat[]; label: string }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: Math.min(4, stats.length) }} spacing="sm" role="list" aria-label={label} data-testid="stat-cards">
      {stats.map((s) => (
        <Paper key={s.label} withBorder p="sm" radius="md" role="listitem" aria-label={s.label}>
          <Text size="xs" c="dimmed">
            {s.label}
          </Text>
          <Text fw={700} fz="xl" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {s.value}
          </Text>
          <Text size="xs" c="dimmed">
            {s.detail}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
