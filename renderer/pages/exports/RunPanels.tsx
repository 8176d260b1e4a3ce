import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconExternalLink, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { call, errorMessage } from '../../api.ts';
import { TaskProgress } from '../../components/TaskProgress.tsx';
import { sizeText } from './exportItems.ts';

/** An export under way: its progress and a cancel that leaves no half-written file behind. */
export function RunningPanel({ task, what }: { task: string; what: string }) {
  return (
    <Stack gap="xs">
      <Text size="sm">正在產生{what}…</Text>
      <TaskProgress task={task} label="匯出進度" waiting="讀取資料中…" counts compact cancelLabel="取消" onCancel={() => void call('exports:cancel', { task })} />
    </Stack>
  );
}

export interface WrittenResult {
  /** '已產生 3 份，共 8 頁' */
  summary: string;
  files: { path: string; bytes: number; pages?: number }[];
  missingGlyphs: string[];
}

/** What was written, where, and a button to open it in the system's viewer (to read or print). */
export function ResultPanel({ result }: { result: WrittenResult }) {
  const [message, setMessage] = useState<string | null>(null);
  const open = async (path: string) => {
    try {
      const opened = await call('exports:open', { path });
      setMessage(opened.opened ? null : opened.message);
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };
  const shown = result.files.slice(0, 5);
  return (
    <Alert color="green" icon={<IconCircleCheck aria-hidden />} title={result.summary} role="status">
      <Stack gap="xs">
        <List size="sm" spacing={4}>
          {shown.map((f) => (
            <List.Item key={f.path}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" style={{ wordBreak: 'break-all' }}>
                  {f.path}（{f.pages !== undefined ? `${f.pages} 頁，` : ''}
                  {sizeText(f.bytes)}）
                </Text>
                <Button size="compact-xs" variant="light" leftSection={<IconExternalLink size={12} aria-hidden />} onClick={() => open(f.path)}>
                  開啟（可列印）
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
        {result.files.length > shown.length ? <Text size="sm">…以及另外 {result.files.length - shown.length} 個檔案，都在同一個資料夾。</Text> : null}
        {result.missingGlyphs.length > 0 ? (
          <Text size="sm" c="orange.8">
            字型缺少「{result.missingGlyphs.join('')}」，已以〓代替，請在紙本上補寫。
          </Text>
        ) : null}
        {message ? <Text size="sm" c="red.8">{message}</Text> : null}
      </Stack>
    </Alert>
  );
}

export interface PrintOutcome {
  printed: boolean;
  pages: number;
  message: string | null;
}

/** What became of a print: handed to the printer, or why not (cancelled in the dialog, a printer error). */
export function PrintedPanel({ outcome }: { outcome: PrintOutcome }) {
  if (outcome.printed) {
    return (
      <Alert color="green" icon={<IconCircleCheck aria-hidden />} title={`已送出列印，共 ${outcome.pages.toLocaleString('zh-TW')} 頁`} role="status">
        <Text size="sm">印表機與份數以列印對話框中的選擇為準。</Text>
      </Alert>
    );
  }
  return (
    <Alert color="yellow" icon={<IconInfoCircle aria-hidden />} title="沒有列印" role="status">
      <Text size="sm">{outcome.message ?? '沒有送出列印。'}</Text>
    </Alert>
  );
}
