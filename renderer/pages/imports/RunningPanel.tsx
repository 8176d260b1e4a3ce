import { Stack, Text } from '@mantine/core';
import { call } from '../../api.ts';
import { TaskProgress } from '../../components/TaskProgress.tsx';

const ALL_OR_NOTHING = <Text size="sm">匯入是一次完成的：取消或中斷時，資料庫會保持匯入前的樣子。</Text>;

/** Step 3: the import under way, with its progress and a cancel button (which rolls it back whole). */
export function RunningPanel({ task, fileName }: { task: string; fileName: string }) {
  return (
    <Stack gap="sm" maw={720}>
      <Text>正在匯入 {fileName}…</Text>
      <TaskProgress task={task} label="匯入進度" waiting="正在開啟檔案…" note={ALL_OR_NOTHING} cancelLabel="取消匯入" onCancel={() => void call('imports:cancel', { task })} />
    </Stack>
  );
}

export { ALL_OR_NOTHING };
