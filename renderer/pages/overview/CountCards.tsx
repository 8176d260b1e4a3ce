import { Group, Paper, SimpleGrid, Text, ThemeIcon } from '@mantine/core';
import { IconBuildingBank, IconSchool, IconUsers, type Icon } from '@tabler/icons-react';
import { formatCount } from '../../components/format.ts';
import { hrefOf, PATHS } from '../../state/route.ts';

interface CountCardsProps {
  authorities: number;
  schools: number;
  teachers: number;
}

/** The year's three headline counts; schools and teachers open their lists. */
export function CountCards({ authorities, schools, teachers }: CountCardsProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      <CountCard label="主管機關" value={authorities} icon={IconBuildingBank} />
      <CountCard label="學校" value={schools} icon={IconSchool} href={hrefOf(PATHS.schools)} />
      <CountCard label="教師" value={teachers} icon={IconUsers} href={hrefOf(PATHS.teachers)} />
    </SimpleGrid>
  );
}

interface CountCardProps {
  label: string;
  value: number;
  icon: Icon;
  href?: string;
}

function CountCard({ label, value, icon: CardIcon, href }: CountCardProps) {
  const content = (
    <Group justify="space-between" wrap="nowrap">
      <div>
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        <Text fz={28} fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatCount(value)}
        </Text>
      </div>
      <ThemeIcon variant="light" size={44} radius="md" aria-hidden>
        <CardIcon size={26} stroke={1.5} />
      </ThemeIcon>
    </Group>
  );
  if (href === undefined) {
    return (
      <Paper withBorder p="md" radius="md">
        {content}
      </Paper>
    );
  }
  return (
    <Paper component="a" href={href} withBorder p="md" radius="md" c="inherit" td="none" aria-label={`${label} ${formatCount(value)}，查看清單`}>
      {content}
    </Paper>
  );
}
