import { Alert, Button, Code, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { formatRocDateTime } from '../../../main/engine/rocDate.ts';
import type { Output } from '../../../preload/contract.ts';
import { call, errorMessage } from '../../api.ts';

export type BackupFile = Output<'backup:list'>[number];

interface BackupRestoreModalProps {
  backup: BackupFile | null;
  onClose: () => void;
  onRestored: (result: Output<'backup:restore'>) => void;
}

/** 還原 replaces every table: it says so, says that the current data is kept first, and asks again. */
export function BackupRestoreModal({ backup, onClose, onRestored }: BackupRestoreModalProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (!backup) return;
    setBusy(true);
    setError(null);
    try {
      onRestored(await call('backup:restore', { path: backup.path }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    setError(null);
    onClose();
  };

  return (
    <Modal opened={backup !== null} onClose={close} title="還原備份" size="lg" closeButtonProps={{ 'aria-label': '關閉' }}>
      {backup ? (
        <Stack gap="sm">
          <Text size="sm">
            確定要以 <strong>{formatRocDateTime(backup.createdAt)}</strong> 的備份取代目前的全部資料嗎？
          </Text>
          <Code block>{backup.name}</Code>
          <List size="sm" spacing={4}>
            <List.Item>還原前，程式會先自動備份目前的資料（還原前自動備份），需要時可再從這份備份還原回來。</List.Item>
            <List.Item>還原後，所有頁面會重新載入資料；備份之後所做的變更（匯入、退回、時程修改等）都會回到備份當時的狀態。</List.Item>
            <List.Item>這次還原會記錄在操作紀錄中。</List.Item>
          </List>
          {error ? (
            <Alert color="red" role="alert" title="沒有還原">
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              取消
            </Button>
            <Button color="red" onClick={submit} loading={busy}>
              確認還原
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
