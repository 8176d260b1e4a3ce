import { Button, Progress, Stack, Text } from '@mantine/core';
import { IconPlayerStop } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import type { ProgressEvent } from '../../preload/contracts/common.ts';
import { onProgress } from '../api.ts';

interface TaskProgressProps {
  /** The task id the API's progress events carry. */
  task: string;
  /** The bar's accessible name, e.g. 匯入進度. */
  label: string;
  /** What is shown before the first event arrives. */
  waiting: string;
  /** Show 'done / total' after the step's label instead of a percentage. */
  counts?: boolean;
  /** A line between the progress and the cancel button (e.g. that cancelling rolls back). */
  note?: ReactNode;
  cancelLabel: string;
  /** Asks the API to stop the task; the button then shows it is stopping. */
  onCancel: () => void;
  compact?: boolean;
}

/** A long task under way (an import, an export, a package): the API's progress and a cancel button. */
export function TaskProgress({ task, label, waiting, counts = false, note, cancelLabel, onCancel, compact = false }: TaskProgressProps) {
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const [cancelling, setCancelling] = useState(false);
  useEffect(() => onProgress((event) => (event.task === task ? setProgress(event) : undefined)), [task]);
  const percent = progress?.total ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : null;
  const detail = !progress
    ? waiting
    : counts
      ? `${progress.label}（${progress.done.toLocaleString('zh-TW')} / ${(progress.total ?? 0).toLocaleString('zh-TW')}）`
      : `${progress.label}${percent !== null ? `（${percent}%）` : ''}`;
  return (
    <Stack gap={compact ? 'xs' : 4}>
      <Progress value={percent ?? 100} animated={percent === null} striped={percent === null} size="lg" aria-label={label} />
      <Text size="sm" c="dimmed" aria-live="polite">
        {detail}
      </Text>
      {note}
      <div>
        <Button
          size={compact ? 'xs' : 'sm'}
          color="red"
          variant="outline"
          leftSection={<IconPlayerStop size={compact ? 14 : 16} aria-hidden />}
          loading={cancelling}
          onClick={() => {
            setCancelling(true);
            onCancel();
          }}
        >
          {cancelLabel}
        </Button>
      </div>
    </Stack>
  );
}
