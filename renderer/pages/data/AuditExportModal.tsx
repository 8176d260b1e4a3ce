import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Output } from '../../../preload/contract.ts';
import type { AuditFilter } from '../../../preload/contracts/audit.ts';
import { call, errorMessage } from '../../api.ts';

interface AuditExportModalProps {
  opened: boolean;
  filter: AuditFilter;
  onClose: () => void;
  onExported: (result: Output<'audit:export'>) => void;
}

/** Where there is no save dialog (the browser test host), the path of the workbook is typed here. */
export function AuditExportModal({ opened, filter, onClose, onExported }: AuditExportModalProps) {
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onExported(await call('audit:export', { filter, path: path.trim() }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title="匯出操作紀錄" size="lg" closeButtonProps={{ 'aria-label': '關閉' }}>
      <Stack gap="sm">
        <Text size="sm">符合目前篩選條件的全部紀錄會存成一個 Excel 活頁簿（.xlsx），可直接列印。</Text>
        <TextInput
          label="存檔位置"
          description="這個環境沒有存檔視窗，請輸入或貼上完整的檔案路徑（以 .xlsx 結尾）。"
          placeholder="例如 C:\Users\承辦人\Documents\操作紀錄.xlsx"
          value={path}
          onChange={(e) => setPath(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && path.trim()) void submit();
          }}
          data-autofocus
        />
        {error ? (
          <Alert color="red" role="alert" title="沒有匯出">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button onClick={submit} loading={busy} disabled={path.trim() === ''}>
            匯出
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
