import { Alert, Badge, Button, Center, Code, Loader, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconDatabaseExport, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { formatRocDateTime } from '../../../main/engine/rocDate.ts';
import { useQuery } from '../../api.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatCount } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useYear } from '../../state/year.tsx';
import { BackupCreateModal } from './BackupCreateModal.tsx';
import { BackupIntegrity } from './BackupIntegrity.tsx';
import { backupKind, formatBytes } from './BackupLabels.ts';
import { BackupRestoreModal, type BackupFile } from './BackupRestoreModal.tsx';

export const BACKUPS_PATH = '/data/backups';

const NUMERIC = { fontVariantNumeric: 'tabular-nums' } as const;

/** 資料與安全 › 備份與還原: the database's place and soundness, the backups beside it, backup now, restore one. */
export function BackupsPage() {
  const status = useQuery('backup:status', {});
  const backups = useQuery('backup:list', {});
  const years = useYear();
  const [creating, setCreating] = useState(false);
  const [restoring, setRestoring] = useState<BackupFile | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const refresh = () => {
    status.reload();
    backups.reload();
  };

  return (
    <>
      <PageHeader
        title="備份與還原"
        withYear={false}
        action={
          <Button leftSection={<IconDatabaseExport size={16} aria-hidden />} onClick={() => setCreating(true)} disabled={status.data === undefined}>
            立即備份
          </Button>
        }
      />
      <Stack gap="lg">
        {done ? (
          <Alert color="teal" role="status" withCloseButton closeButtonLabel="關閉訊息" onClose={() => setDone(null)}>
            {done}
          </Alert>
        ) : null}
        {status.error ? <ErrorAlert error={status.error} onRetry={status.reload} /> : null}
        {status.data ? <BackupIntegrity status={status.data} /> : !status.error ? <Center py="md"><Loader size="sm" aria-label="讀取中" /></Center> : null}

        <Stack gap="xs">
          <Title order={2} size="h4">
            備份清單
          </Title>
          {backups.error ? <ErrorAlert error={backups.error} onRetry={backups.reload} /> : null}
          {backups.data === undefined ? null : backups.data.length === 0 ? (
            <EmptyState
              title="還沒有備份"
              description="第一次匯入資料前會自動備份；也可以按右上角的「立即備份」自己備份一份。"
              action={<Button onClick={() => setCreating(true)}>立即備份</Button>}
            />
          ) : (
            <>
              <Text size="sm" aria-live="polite">
                共 {formatCount(backups.data.length)} 份
              </Text>
              <Table.ScrollContainer minWidth={720}>
                <Table striped aria-label="備份清單" verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>備份時間</Table.Th>
                      <Table.Th>種類</Table.Th>
                      <Table.Th>檔名</Table.Th>
                      <Table.Th ta="right">大小</Table.Th>
                      <Table.Th ta="right">資料結構版本</Table.Th>
                      <Table.Th ta="right">
                        <VisuallyHidden>操作</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {backups.data.map((b) => (
                      <Table.Tr key={b.path}>
                        <Table.Td style={NUMERIC}>{formatRocDateTime(b.createdAt)}</Table.Td>
                        <Table.Td>
                          <Badge variant="light" color={b.automatic ? 'gray' : 'blue'} radius="sm">
                            {backupKind(b.name, b.automatic)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <Code>{b.name}</Code>
                        </Table.Td>
                        <Table.Td ta="right" style={NUMERIC}>
                          {formatBytes(b.size)}
                        </Table.Td>
                        <Table.Td ta="right" style={NUMERIC}>
                          {b.schemaVersion === null ? '無法讀取' : `第 ${b.schemaVersion} 版`}
                        </Table.Td>
                        <Table.Td ta="right">
                          <Button
                            size="xs"
                            variant="light"
                            color="red"
                            leftSection={<IconRestore size={14} aria-hidden />}
                            onClick={() => setRestoring(b)}
                            disabled={b.schemaVersion === null}
                            aria-label={`還原 ${b.name}`}
                          >
                            還原
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          )}
        </Stack>
      </Stack>

      <BackupCreateModal
        opened={creating}
        suggestedPath={status.data?.suggestedPath ?? ''}
        onClose={() => setCreating(false)}
        onCreated={(result) => {
          setCreating(false);
          setDone(`已備份到 ${result.path}（資料結構第 ${result.schemaVersion} 版，已驗證）。`);
          refresh();
        }}
      />
      <BackupRestoreModal
        backup={restoring}
        onClose={() => setRestoring(null)}
        onRestored={(result) => {
          setRestoring(null);
          setDone(`已由 ${result.restoredFrom} 還原，所有頁面已重新載入資料。還原前的資料另存於 ${result.safetyBackup ?? '（無）'}。`);
          // Every page reads the years through YearProvider; the others read again when opened.
          years.reload();
          refresh();
        }}
      />
    </>
  );
}
