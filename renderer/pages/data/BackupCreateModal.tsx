import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { Output } from '../../../preload/contract.ts';
import { call, errorMessage } from '../../api.ts';

interface BackupCreateModalProps {
  opened: boolean;
  /** A name in the backups folder beside the database, proposed when the modal opens. */
  suggestedPath: string;
  onClose: () => void;
  onCreated: (result: Output<'backup:create'>) => void;
}

/**
 * 立即備份: where to write the copy. The desktop app offers its save dialog; the path can always be
 * typed, and starts in the backups folder (where the list below finds it).
 */
export function BackupCreateModal({ opened, suggestedPath, onClose, onCreated }: BackupCreateModalProps) {
  const [path, setPath] = useState(suggestedPath);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [noDialog, setNoDialog] = useState(false);

  useEffect(() => {
    if (opened) {
      setPath(suggestedPath);
      setError(null);
      setNoDialog(false);
    }
  }, [opened, suggestedPath]);

  const choose = async () => {
    try {
      const picked = await call('backup:chooseOut', { defaultPath: path.trim() || suggestedPath });
      if (!picked.available) setNoDialog(true);
      else if (picked.path) setPath(picked.path);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onCreated(await call('backup:create', { path: path.trim() }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="立即備份" size="lg" closeButtonProps={{ 'aria-label': '關閉' }}>
      <Stack gap="sm">
        <Text size="sm">
          把目前的全部資料另存一份。備份先寫入暫存檔、驗證無誤後才改為這個檔名，過程中目前的資料不受影響；存在預設的 backups 資料夾時，會出現在下方的備份清單中。
        </Text>
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            label="存檔位置"
            description="完整的檔案路徑，以 .db 結尾"
            value={path}
            onChange={(e) => {
              setNoDialog(false);
              setPath(e.currentTarget.value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && path.trim()) void submit();
            }}
            error={noDialog ? '這個環境沒有存檔視窗，請直接輸入或貼上完整路徑。' : undefined}
            style={{ flex: 1 }}
            data-autofocus
          />
          <Button variant="default" leftSection={<IconFolderOpen size={16} aria-hidden />} onClick={choose}>
            選擇位置…
          </Button>
        </Group>
        {error ? (
          <Alert color="red" role="alert" title="備份沒有完成">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button onClick={submit} loading={busy} disabled={path.trim() === ''}>
            開始備份
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
