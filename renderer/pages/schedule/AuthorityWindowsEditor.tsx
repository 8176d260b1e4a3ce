import { ActionIcon, Button, Group, Paper, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { windowFor, type WindowKind } from '../../../main/engine/schedule.ts';
import { RocDateTimePicker } from '../../components/RocDatePickers.tsx';
import { Messages } from './Messages.tsx';
import type { ScheduleDraft } from './useScheduleDraft.ts';

/** Narrower windows one authority announces inside its group (schools) or wave (teachers). */
export function AuthorityWindowsEditor({ draft }: { draft: ScheduleDraft }) {
  const { schedule, update, messagesAt } = draft;
  const error = (path: string) => messagesAt(path, true).join('；') || undefined;

  /** A new window starts as the authority's group window: the officer narrows it. */
  const add = () =>
    update((s) => {
      const authority = draft.authorities[0] ?? '';
      const outer = windowFor({ ...s, authorityWindows: [] }, authority, 'school');
      s.authorityWindows.push({ authority, kind: 'school', start: outer?.start ?? s.open.start, end: outer?.end ?? s.open.end });
    });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="主管機關自訂期間">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            主管機關自訂期間
          </Title>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={add}>
            新增自訂期間
          </Button>
        </Group>
        {schedule.authorityWindows.length === 0 ? (
          <Text c="dimmed" size="sm">
            沒有主管機關另訂較短的填報期間；各主管機關依所屬組別與波段填報。
          </Text>
        ) : (
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>主管機關</Table.Th>
                <Table.Th>類別</Table.Th>
                <Table.Th>開始時間</Table.Th>
                <Table.Th>結束時間</Table.Th>
                <Table.Th aria-label="刪除" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {schedule.authorityWindows.map((a, i) => {
                const path = `authorityWindows[${i}]`;
                return (
                  <Table.Tr key={i} style={{ verticalAlign: 'top' }}>
                    <Table.Td w={170}>
                      <Select
                        aria-label="主管機關"
                        data={draft.authorities}
                        value={a.authority}
                        searchable
                        allowDeselect={false}
                        error={error(`${path}.authority`)}
                        onChange={(v) => v && update((s) => void (s.authorityWindows[i]!.authority = v))}
                      />
                    </Table.Td>
                    <Table.Td w={190}>
                      <SegmentedControl
                        aria-label="類別"
                        value={a.kind}
                        data={[
                          { value: 'school', label: '學校規劃' },
                          { value: 'teacher', label: '教師填寫' },
                        ]}
                        onChange={(v) => update((s) => void (s.authorityWindows[i]!.kind = v as WindowKind))}
                      />
                    </Table.Td>
                    <Table.Td>
                      <RocDateTimePicker aria-label="開始時間" value={a.start} onChange={(v) => v && update((s) => void (s.authorityWindows[i]!.start = v))} />
                    </Table.Td>
                    <Table.Td>
                      <RocDateTimePicker
                        aria-label="結束時間"
                        value={a.end}
                        error={error(`${path}.end`)}
                        onChange={(v) => v && update((s) => void (s.authorityWindows[i]!.end = v))}
                      />
                      <Messages messages={messagesAt(path, true)} />
                    </Table.Td>
                    <Table.Td w={40}>
                      <ActionIcon variant="subtle" color="red" aria-label="刪除這個自訂期間" onClick={() => update((s) => void s.authorityWindows.splice(i, 1))}>
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
