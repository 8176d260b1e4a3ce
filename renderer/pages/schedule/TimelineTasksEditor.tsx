import { ActionIcon, Button, Checkbox, Group, Paper, Select, Stack, Table, Textarea, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { RocDatePicker } from '../../components/RocDatePickers.tsx';
import { Messages } from './Messages.tsx';
import type { ScheduleDraft } from './useScheduleDraft.ts';

// School-year order: the tasks of a year run from the summer before it to the January after.
const MONTHS = [7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6].map((m) => ({ value: String(m), label: `${m} 月` }));

/** The year's work plan (年度工作時程): month or date, task, responsible unit, done, note. */
export function TimelineTasksEditor({ draft }: { draft: ScheduleDraft }) {
  const { schedule, update, messagesAt } = draft;
  const error = (path: string) => messagesAt(path, true).join('；') || undefined;
  const add = () =>
    update((s) => void s.timeline.push({ date: null, month: s.timeline.at(-1)?.month ?? 8, task: '', unit: '', done: false, note: '' }));

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="年度工作時程">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            年度工作時程
          </Title>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={add}>
            新增工作項目
          </Button>
        </Group>
        <Table verticalSpacing="xs" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={104}>月份</Table.Th>
              <Table.Th w={130}>日期</Table.Th>
              <Table.Th>辦理事項</Table.Th>
              <Table.Th>執行單位</Table.Th>
              <Table.Th>說明</Table.Th>
              <Table.Th w={56}>完成</Table.Th>
              <Table.Th w={44} aria-label="刪除" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {schedule.timeline.map((t, i) => {
              const path = `timeline[${i}]`;
              type Entry = (typeof schedule.timeline)[number];
              const set = (change: (entry: Entry) => void) => update((s) => change(s.timeline[i]!));
              // The event's value is read now: React may reuse the event before the update runs.
              const text = (value: string, apply: (entry: Entry, value: string) => void) => set((x) => apply(x, value));
              return (
                <Table.Tr key={i} style={{ verticalAlign: 'top' }}>
                  <Table.Td>
                    <Select
                      aria-label="月份"
                      data={MONTHS}
                      value={String(t.month)}
                      allowDeselect={false}
                      error={error(`${path}.month`)}
                      onChange={(v) => v && set((e) => void (e.month = Number(v)))}
                    />
                  </Table.Td>
                  <Table.Td>
                    <RocDatePicker
                      aria-label="日期"
                      placeholder="未訂"
                      clearable
                      value={t.date}
                      error={error(`${path}.date`)}
                      onChange={(v) =>
                        set((e) => {
                          e.date = v;
                          if (v !== null) e.month = Number(v.slice(5, 7));
                        })
                      }
                    />
                  </Table.Td>
                  <Table.Td>
                    <Textarea
                      aria-label="辦理事項"
                      autosize
                      minRows={1}
                      maxRows={6}
                      value={t.task}
                      error={error(`${path}.task`)}
                      onChange={(e) => text(e.currentTarget.value, (x, v) => void (x.task = v))}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Textarea
                      aria-label="執行單位"
                      autosize
                      minRows={1}
                      maxRows={6}
                      value={t.unit}
                      onChange={(e) => text(e.currentTarget.value, (x, v) => void (x.unit = v))}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Textarea
                      aria-label="說明"
                      autosize
                      minRows={1}
                      maxRows={6}
                      value={t.note}
                      onChange={(e) => text(e.currentTarget.value, (x, v) => void (x.note = v))}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Checkbox
                      aria-label={`「${t.task}」已完成`}
                      mt={8}
                      checked={t.done}
                      onChange={(e) => {
                        const done = e.currentTarget.checked;
                        set((x) => void (x.done = done));
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon mt={4} variant="subtle" color="red" aria-label={`刪除「${t.task}」`} onClick={() => update((s) => void s.timeline.splice(i, 1))}>
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Messages messages={schedule.timeline.flatMap((_, i) => messagesAt(`timeline[${i}]`, true))} />
      </Stack>
    </Paper>
  );
}
