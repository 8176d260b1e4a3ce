import { Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { RocDateTimePicker } from '../../components/RocDatePickers.tsx';
import { Messages } from './Messages.tsx';
import type { ScheduleDraft } from './useScheduleDraft.ts';

/** The service open period and the roster cutoff. */
export function PeriodEditor({ draft }: { draft: ScheduleDraft }) {
  const { schedule, update, messagesAt } = draft;
  const error = (path: string) => messagesAt(path, true).join('；') || undefined;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="服務期程">
      <Stack gap="sm">
        <Title order={2} size="h4">
          服務期程
        </Title>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
          <RocDateTimePicker
            label="服務開放開始"
            value={schedule.open.start}
            error={error('open.start')}
            onChange={(v) => v && update((s) => void (s.open.start = v))}
          />
          <RocDateTimePicker
            label="服務開放結束"
            value={schedule.open.end}
            error={error('open.end')}
            onChange={(v) => v && update((s) => void (s.open.end = v))}
          />
          <RocDateTimePicker
            label="教師名單基準時間"
            description="以此時間前建置完成的校內教師名單為準"
            clearable
            placeholder="未訂"
            value={schedule.rosterCutoff}
            error={error('rosterCutoff')}
            onChange={(v) => update((s) => void (s.rosterCutoff = v))}
          />
        </SimpleGrid>
        <Messages messages={messagesAt('open', true)} />
      </Stack>
    </Paper>
  );
}
