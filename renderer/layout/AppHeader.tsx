import { Burger, Group, Text } from '@mantine/core';
import { IconSchool } from '@tabler/icons-react';
import { DemoBadge } from '../components/DemoBadge.tsx';
import { useYear } from '../state/year.tsx';
import { YearSwitcher } from './YearSwitcher.tsx';

interface AppHeaderProps {
  appName: string;
  navOpened: boolean;
  onToggleNav: () => void;
}

export function AppHeader({ appName, navOpened, onToggleNav }: AppHeaderProps) {
  const { summary } = useYear();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger opened={navOpened} onClick={onToggleNav} hiddenFrom="sm" size="sm" aria-label="開關主選單" />
        <IconSchool size={26} stroke={1.6} aria-hidden />
        <Text component="span" fw={700} size="lg">
          {appName}
        </Text>
      </Group>
      <Group gap="sm" wrap="nowrap">
        {summary?.isDemo ? <DemoBadge /> : null}
        <YearSwitcher />
      </Group>
    </Group>
  );
}
