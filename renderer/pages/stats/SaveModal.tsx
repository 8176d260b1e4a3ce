import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { errorMessage, useQuery } from '../../api.ts';
import { joinPath } from '../exports/exportItems.ts';
import { OutputField } from '../exports/OutputField.tsx';
import { ResultPanel, RunningPanel, type WrittenResult } from '../exports/RunPanels.tsx';

interface SaveModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** What the file holds, in one sentence. */
  description: string;
  kind: 'pdf' | 'xlsx';
  /** The file name the path starts with, in the folder used last time. */
  suggested: string;
  /** Writes the file at `out`; `task` names it for progress and cancel. */
  run: (out: string, task: string) => Promise<WrittenResult>;
}

/** Where to save a statistics file, the work under way with its cancel, and what was written. */
export function SaveModal({ opened, onClose, title, description, kind, suggested, run }: SaveModalProps) {
  const forms = useQuery('exports:forms', opened ? {} : null);
  const [typedPath, setTypedPath] = useState<string | null>(null);
  const [running, setRunning] = useState<string | null>(null);
  const [result, setResult] = useState<WrittenResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const path = typedPath ?? joinPath(forms.data?.lastFolder ?? null, suggested);

  const start = async () => {
    if (!path.trim() || running) return;
    const task = crypto.randomUUID();
    setRunning(task);
    setError(null);
    setResult(null);
    try {
      setResult(await run(path.trim(), task));
      forms.reload();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setRunning(null);
    }
  };
  const close = () => {
    if (running) return;
    setResult(null);
    setError(null);
    setTypedPath(null);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={title} size="lg" closeOnClickOutside={running === null}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {description}
        </Text>
        <OutputField kind={kind} splitBy={null} layout="combined" onLayout={() => undefined} path={path} onPath={setTypedPath} suggested={suggested} onSubmit={start} onError={setError} />
        {running ? <RunningPanel task={running} what={kind === 'pdf' ? '統計報告 PDF' : ' Excel 活頁簿'} /> : null}
        {error ? (
          <Alert color="red" role="alert" title="沒有完成">
            {error}
          </Alert>
        ) : null}
        {result && !running ? <ResultPanel result={result} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={running !== null}>
            關閉
          </Button>
          <Button onClick={start} loading={running !== null} disabled={!path.trim()}>
            {kind === 'pdf' ? '產生 PDF' : '匯出 Excel'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
