import { Badge, Drawer, Loader, Paper, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { formatRocDateTime } from '../../../main/engine/rocDate.ts';
import { useQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatCount } from '../../components/format.ts';
import { PackageConflicts } from './PackageConflicts.tsx';

const NUM = { fontVariantNumeric: 'tabular-nums' } as const;

function ConflictsDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const query = useQuery('packages:conflicts', id === null ? null : { id });
  return (
    <Drawer opened={id !== null} onClose={onClose} position="right" size="xl" title="重複列冊的教師" closeButtonProps={{ 'aria-label': '關閉' }}>
      {query.loading ? <Loader size="sm" /> : query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : <PackageConflicts rows={query.data ?? []} />}
    </Drawer>
  );
}

/** Past package imports, newest first; the conflicts of one open in a drawer. Remounted (key) after an import. */
export function PackageHistory() {
  const query = useQuery('packages:history', {});
  const [open, setOpen] = useState<number | null>(null);
  const rows = query.data ?? [];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="package-history-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="package-history-title">
          匯入紀錄
        </Title>
        {query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : null}
        {rows.length === 0 && !query.loading ? (
          <Text size="sm" c="dimmed">
            還沒有匯入過資料包。各主管機關以「匯出本機構資料包」產生 .iapkg 檔後，在上方匯入。
          </Text>
        ) : (
          <Table striped highlightOnHover fz="sm" aria-label="資料包匯入紀錄">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>匯入時間</Table.Th>
                <Table.Th ta="right">學年度</Table.Th>
                <Table.Th>主管機關</Table.Th>
                <Table.Th>檔案</Table.Th>
                <Table.Th ta="right">學校</Table.Th>
                <Table.Th ta="right">教師</Table.Th>
                <Table.Th ta="right">時數紀錄</Table.Th>
                <Table.Th ta="right">獎勵計算</Table.Th>
                <Table.Th>重複列冊</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{formatRocDateTime(r.importedAt)}</Table.Td>
                  <Table.Td ta="right" style={NUM}>
                    {r.year}
                  </Table.Td>
                  <Table.Td>{r.authority}</Table.Td>
                  <Table.Td title={`資料雜湊值 ${r.dataSha256}`}>{r.fileName}</Table.Td>
                  <Table.Td ta="right" style={NUM}>
                    {formatCount(r.schools)}
                  </Table.Td>
                  <Table.Td ta="right" style={NUM}>
                    {formatCount(r.teachers)}
                  </Table.Td>
                  <Table.Td ta="right" style={NUM}>
                    {formatCount(r.hourRecords)}
                  </Table.Td>
                  <Table.Td ta="right" style={NUM}>
                    {formatCount(r.awardRuns)}
                  </Table.Td>
                  <Table.Td>
                    {r.conflicts > 0 ? (
                      <UnstyledButton onClick={() => setOpen(r.id)} aria-label={`查看 ${r.conflicts} 位重複列冊的教師`}>
                        <Badge color="orange" variant="light" style={{ cursor: 'pointer' }}>
                          {formatCount(r.conflicts)} 位
                        </Badge>
                      </UnstyledButton>
                    ) : (
                      <Text size="sm" c="dimmed">
                        無
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <ConflictsDrawer id={open} onClose={() => setOpen(null)} />
    </Paper>
  );
}
