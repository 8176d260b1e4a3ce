import { Alert, Button, Code, DataList, Group, Paper, Stack, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { formatRocDateTime } from '../../../main/engine/rocDate.ts';
import type { Output } from '../../../preload/contract.ts';
import { call, errorMessage } from '../../api.ts';
import { formatBytes } from './BackupLabels.ts';

type Status = Output<'backup:status'>;

/** Where the data lives and whether it is sound: checked at every start, and now on request. */
export function BackupIntegrity({ status }: { status: Status }) {
  const [check, setCheck] = useState<Status['check']>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setCheck((await call('backup:status', { check: true })).check);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <DataList withDivider labelWidth="9em">
          <DataList.Item>
            <DataList.ItemLabel>資料庫檔案</DataList.ItemLabel>
            <DataList.ItemValue>
              <Code style={{ wordBreak: 'break-all' }}>{status.dbPath}</Code>（{formatBytes(status.size)}，資料結構第 {status.schemaVersion} 版）
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>備份資料夾</DataList.ItemLabel>
            <DataList.ItemValue>
              <Code style={{ wordBreak: 'break-all' }}>{status.backupsDir}</Code>
              <Text size="xs" c="dimmed" mt={4}>
                每次匯入、還原與升級程式前都會自動備份，保留最近 {status.autoKept} 份自動備份；手動備份不會被自動刪除。
              </Text>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>完整性</DataList.ItemLabel>
            <DataList.ItemValue>
              <Group gap="sm" align="center">
                <Text size="sm">{check === null ? '程式開啟時已通過快速完整性檢查（quick_check）。' : null}</Text>
                <Button size="xs" variant="default" leftSection={<IconShieldCheck size={14} aria-hidden />} onClick={run} loading={busy}>
                  立即檢查
                </Button>
              </Group>
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
        {check !== null ? (
          <Alert color={check.ok ? 'teal' : 'red'} role="status" title={check.ok ? '資料庫完整' : '資料庫可能已損壞'}>
            {check.message}（檢查時間 {formatRocDateTime(check.at)}，費時 {check.ms.toLocaleString('zh-TW')} 毫秒）
          </Alert>
        ) : null}
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
