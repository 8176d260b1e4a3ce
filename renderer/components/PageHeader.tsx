import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useYear, yearLabel } from '../state/year.tsx';
import { DemoBadge } from './DemoBadge.tsx';

interface PageHeaderProps {
  title: string;
  /** The page's one primary action, shown on the right. */
  action?: ReactNode;
  /** Pages that do not depend on the school year (settings) leave it out. */
  withYear?: boolean;
}

/** Every page opens with its title, the school year it shows and its one primary action. */
export function PageHeader({ title, action, withYear = true }: PageHeaderProps) {
  const { summary } = useYear();
  return (
    <Group justify="space-between" align="flex-end" mb="md" wrap="wrap">
      <Stack gap={2}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {withYear && summary ? (
          <Group gap="xs">
            <Text c="dimmed" size="sm">
              {yearLabel(summary.year)}
            </Text>
            {summary.isDemo ? <DemoBadge size="sm" /> : null}
          </Group>
        ) : null}
      </Stack>
      {action ? <Group gap="sm">{action}</Group> : null}
    </Group>
  );
}
