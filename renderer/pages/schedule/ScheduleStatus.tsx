import { Alert, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconPencil } from '@tabler/icons-react';
import { formatRocDateTime } from '../../../main/engine/rocDate.ts';
import type { Violation } from '../../../main/engine/schedule.ts';
import type { Output } from '../../../preload/contract.ts';

const SHOWN = 8;

interface ScheduleStatusProps {
  state: Output<'schedule:get'>;
  violations: Violation[];
  dirty: boolean;
  savedAt: Date | null;
}

/** Where the schedule came from, whether it is a draft, and everything wrong with it now. */
export function ScheduleStatus({ state, violations, dirty, savedAt }: ScheduleStatusProps) {
  return (
    <>
      <Group gap="lg" wrap="wrap">
        <Text size="sm" c="dimmed">
          來源：{state.source}
        </Text>
        {state.updatedAt ? (
          <Text size="sm" c="dimmed">
            最後儲存：{formatRocDateTime(state.updatedAt)}
          </Text>
        ) : null}
        {dirty ? (
          <Text size="sm" c="orange.8" fw={600}>
            有尚未儲存的修改
          </Text>
        ) : savedAt ? (
          <Group gap={4}>
            <IconCheck size={16} color="var(--mantine-color-green-7)" aria-hidden />
            <Text size="sm" c="green.8">
              已儲存
            </Text>
          </Group>
        ) : null}
      </Group>
      {state.status === 'draft' ? (
        <Alert color="yellow" variant="light" icon={<IconPencil aria-hidden />} title="這是草稿">
          {state.source}，所有日期各加了一年，星期已經改變。請逐項確認各組別、波段與工作時程的日期後按「儲存並定案」。
        </Alert>
      ) : null}
      {violations.length > 0 ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={`時程有 ${violations.length} 項問題，修正後才能儲存`}>
          <List size="sm" spacing={2}>
            {violations.slice(0, SHOWN).map((v) => (
              <List.Item key={`${v.path}:${v.message}`}>{v.message}</List.Item>
            ))}
          </List>
          {violations.length > SHOWN ? <Text size="sm">……另有 {violations.length - SHOWN} 項，請見各欄位下方的說明。</Text> : null}
        </Alert>
      ) : null}
    </>
  );
}
