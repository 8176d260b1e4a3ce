import { Paper, Table, Text, Title } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { ACCOUNT_PERMISSIONS, BUSINESS_ACCOUNT_KINDS } from '../../../main/engine/vocabulary.ts';

const COLUMNS = [
  { key: 'courses', label: '課程報名與管理' },
  { key: 'businessAccounts', label: '學校業務帳號管理' },
  { key: 'teacherAccounts', label: '學校教師帳號管理' },
  { key: 'statistics', label: '統計資料查詢' },
] as const;

const NOTES: Record<(typeof BUSINESS_ACCOUNT_KINDS)[number], string> = {
  總負責人: '每校至少一位，由主管機關啟用',
  連絡人: '',
  作業人員: '',
};

/** What each kind of business account may do (domain.md), read from the engine's vocabulary. */
export function PermissionMatrix() {
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h5" mb="xs">
        三類業務帳號的權限
      </Title>
      <Table aria-label="業務帳號權限" verticalSpacing={6} withColumnBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>類別</Table.Th>
            {COLUMNS.map((c) => (
              <Table.Th key={c.key} ta="center">
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {BUSINESS_ACCOUNT_KINDS.map((kind) => (
            <Table.Tr key={kind}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {kind}
                </Text>
                {NOTES[kind] ? (
                  <Text size="xs" c="dimmed">
                    {NOTES[kind]}
                  </Text>
                ) : null}
              </Table.Td>
              {COLUMNS.map((c) => {
                const allowed = ACCOUNT_PERMISSIONS[kind][c.key];
                const Icon = allowed ? IconCheck : IconX;
                return (
                  <Table.Td key={c.key} ta="center" aria-label={allowed ? '可' : '不可'}>
                    <Icon size={18} color={allowed ? 'var(--mantine-color-green-7)' : 'var(--mantine-color-gray-5)'} aria-hidden />
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
