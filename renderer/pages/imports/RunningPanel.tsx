import { Button, Progress, Stack, Text } from '@mantine/core';
import { IconPlayerStop } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { ProgressEvent } from '../../../preload/contracts/common.ts';
import { call, onProgress } from '../../api.ts';

/** Step 3: the import under way, with its progress and a cancel button (which rolls it back whole). */
export function RunningPanel({ task, fileName }: { task: string; fileName: string }) {
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const [cancelling, setCancelling] = useState(false);
  useEffect(() => onProgress((event) => (event.task === task ? setProgress(event) : undefined)), [task]);
  const percent = progress?.total ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : null;
  return (
    <Stack gap="sm" maw={720}>
      <Text>正在匯入 {fileName}…</Text>
      <Progress value={percent ?? 100} animated={percent === null} striped={percent === null} size="lg" aria-label="匯入進度" />
      <Text size="sm" c="dimmed" aria-live="polite">
        {progress?.label ?? '正在開啟檔案…'}
        {percent !== null ? `（${percent}%）` : ''}
      </Text>
      <Text size="sm">匯入是一次完成的：取消或中斷時，資料庫會保持匯入前的樣子。</Text>
      <div>
        <Button
          color="red"
          variant="outline"
          leftSection={<IconPlayerStop size={16} aria-hidden />}
          loading={cancelling}
          onClick={() => {
            setCancelling(true);
            void call('imports:cancel', { task });
          }}
        >
          取消匯入
        </Button>
      </div>
    </Stack>
  );
}
