import { ActionIcon, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { dayWindow, groupLabel, waveLabel, type Schedule } from '../../../main/engine/schedule.ts';
import { RocDateTimePicker } from '../../components/RocDatePickers.tsx';
import { AuthorityChips } from './AuthorityChips.tsx';
import { Messages } from './Messages.tsx';
import type { ScheduleDraft } from './useScheduleDraft.ts';

type Kind = 'group' | 'wave';
const LIST = { group: 'schoolGroups', wave: 'teacherWaves' } as const;

/** Who is where: authority → the label of its group (or wave). */
function placementOf(schedule: Schedule, kind: Kind): Map<string, string> {
  const out = new Map<string, string>();
  if (kind === 'group') for (const g of schedule.schoolGroups) for (const a of g.authorities) if (!out.has(a)) out.set(a, groupLabel(g.name));
  if (kind === 'wave') for (const w of schedule.teacherWaves) for (const a of w.authorities) if (!out.has(a)) out.set(a, waveLabel(w.wave));
  return out;
}

/** A new group or wave starts on the day after the last one, for a week, closing at 17:00. */
function nextWindow(schedule: Schedule, kind: Kind): { start: string; end: string } {
  const list = kind === 'group' ? schedule.schoolGroups : schedule.teacherWaves;
  const last = list.at(-1)?.end ?? schedule.open.start;
  const day = new Date(`${last.slice(0, 10)}T12:00:00+08:00`);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  day.setUTCDate(day.getUTCDate() + 1);
  const first = iso(day);
  day.setUTCDate(day.getUTCDate() + 6);
  return dayWindow(first, iso(day));
}

export function WindowsEditor({ draft, kind }: { draft: ScheduleDraft; kind: Kind }) {
  const { schedule, update, messagesAt } = draft;
  const list = LIST[kind];
  const windows = kind === 'group' ? schedule.schoolGroups : schedule.teacherWaves;
  const placement = placementOf(schedule, kind);
  const title = kind === 'group' ? '學校規劃組別' : '教師填寫波段';

  const add = () =>
    update((s) => {
      const w = nextWindow(s, kind);
      if (kind === 'group') s.schoolGroups.push({ name: String.fromCharCode(65 + s.schoolGroups.length), ...w, authorities: [] });
      else s.teacherWaves.push({ wave: Math.max(0, ...s.teacherWaves.map((x) => x.wave)) + 1, ...w, authorities: [] });
    });

  /** Sets a window's members; authorities taken from another group or wave leave it. */
  const setMembers = (index: number, next: string[]) =>
    update((s) => {
      const all = kind === 'group' ? s.schoolGroups : s.teacherWaves;
      all.forEach((w, i) => {
        w.authorities = i === index ? next : w.authorities.filter((a) => !next.includes(a));
      });
    });

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={add}>
          {kind === 'group' ? '新增組別' : '新增波段'}
        </Button>
      </Group>
      <Messages messages={messagesAt(list, true)} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {windows.map((w, i) => {
          const path = `${list}[${i}]`;
          const label = 'name' in w ? groupLabel(w.name) : waveLabel(w.wave);
          const head: ReactNode =
            kind === 'group' ? (
              <TextInput
                label="組別"
                w={120}
                value={'name' in w ? w.name : ''}
                error={messagesAt(`${path}.name`, true).join('；') || undefined}
                onChange={(e) => {
                  const name = e.currentTarget.value;
                  update((s) => void (s.schoolGroups[i]!.name = name));
                }}
              />
            ) : (
              <NumberInput
                label="波段"
                w={120}
                min={1}
                allowDecimal={false}
                value={'wave' in w ? w.wave : 0}
                error={messagesAt(`${path}.wave`, true).join('；') || undefined}
                onChange={(v) => update((s) => void (s.teacherWaves[i]!.wave = typeof v === 'number' ? v : Number(v) || 0))}
              />
            );
          return (
            <Paper key={i} withBorder p="sm" radius="md" data-testid={`${kind}-${i}`} aria-label={label} component="section">
              <Stack gap="xs">
                <Group justify="space-between" align="flex-end">
                  {head}
                  <Tooltip label={`刪除${label}（成員改為尚未安排）`}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`刪除${label}`}
                      onClick={() => update((s) => void (kind === 'group' ? s.schoolGroups.splice(i, 1) : s.teacherWaves.splice(i, 1)))}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                </Group>
                <Group grow align="flex-start">
                  <RocDateTimePicker
                    label="開始時間"
                    value={w.start}
                    error={messagesAt(`${path}.start`, true).join('；') || undefined}
                    onChange={(v) => v && update((s) => void (s[list][i]!.start = v))}
                  />
                  <RocDateTimePicker
                    label="結束時間"
                    value={w.end}
                    error={messagesAt(`${path}.end`, true).join('；') || undefined}
                    onChange={(v) => v && update((s) => void (s[list][i]!.end = v))}
                  />
                </Group>
                <AuthorityChips
                  label={`主管機關（${w.authorities.length}）`}
                  value={w.authorities}
                  pool={draft.authorities}
                  placement={placement}
                  own={label}
                  error={messagesAt(`${path}.authorities`).join('；') || undefined}
                  onChange={(next) => setMembers(i, next)}
                />
                <Messages messages={messagesAt(path, true)} />
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
      {windows.length === 0 ? <Text c="dimmed">還沒有{title}，請按「{kind === 'group' ? '新增組別' : '新增波段'}」。</Text> : null}
    </Stack>
  );
}
