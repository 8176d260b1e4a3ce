import { Anchor, Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Output } from '../../../preload/contract.ts';
import { formatRocDateTime, instantMs } from '../../../main/engine/rocDate.ts';
import { useQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { hrefOf, PATHS } from '../../state/route.ts';

type Listed = Output<'schedule:openNow'>['open'][number];

const HOUR = 3_600_000;
const MEMBERS_SHOWN = 6;

function members(w: Listed): string {
  if (w.authorities.length <= MEMBERS_SHOWN) return w.authorities.join('、');
  return `${w.authorities.slice(0, MEMBERS_SHOWN).join('、')} 等 ${w.authorities.length} 個主管機關`;
}

/** '剩 2 天' / '剩 5 小時': how long a window has left. */
function remaining(end: string, at: string): string {
  const hours = Math.max(0, (instantMs(end) - instantMs(at)) / HOUR);
  return hours < 24 ? `剩 ${Math.max(1, Math.ceil(hours))} 小時` : `剩 ${Math.ceil(hours / 24)} 天`;
}

/** The overview's "open now / closing soon": which filing windows are open, which close within three days, what opens next. */
export function OpenNowPanel({ year }: { year: number }) {
  // The instant is the window's own clock, taken once per showing of the panel.
  const [at] = useState(() => new Date().toISOString());
  const query = useQuery('schedule:openNow', { year, at });
  const { data } = query;
  const link = (
    <Anchor href={hrefOf(PATHS.schedule)} size="sm">
      前往年度時程
    </Anchor>
  );
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="填報期間">
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <Title order={2} size="h4">
            填報期間
          </Title>
          {data?.status === 'draft' ? (
            <Badge color="yellow" variant="light">
              草稿
            </Badge>
          ) : null}
        </Group>
        {link}
      </Group>
      {query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : null}
      {data === undefined && !query.error ? <Loader size="sm" aria-label="讀取中" /> : null}
      {data && !data.hasSchedule ? <Text c="dimmed">這個學年度還沒有時程，請到「年度時程」建立。</Text> : null}
      {data?.hasSchedule ? (
        <Stack gap="sm">
          {data.invalid ? (
            <Text c="red.7" size="sm" fw={600}>
              時程有問題尚未修正，下列期間可能不正確。
            </Text>
          ) : null}
          <Text size="sm" c="dimmed">
            {formatRocDateTime(data.at)} 時：服務系統{data.serviceOpen ? '開放中' : '未開放'}
          </Text>
          {data.open.length === 0 ? (
            <Text>{data.upcoming.length === 0 ? '這個學年度的學校規劃與教師填寫期間都已結束。' : '目前沒有開放中的學校規劃或教師填寫期間。'}</Text>
          ) : null}
          {data.open.map((w) => {
            const soon = data.closingSoon.some((c) => c.label === w.label);
            return (
              <Stack key={w.label} gap={2} data-testid="open-window">
                <Group gap="xs">
                  <Text fw={600}>{w.label}</Text>
                  <Badge color={soon ? 'red' : 'green'} variant="light">
                    {soon ? `即將截止，${remaining(w.end, data.at)}` : '開放中'}
                  </Badge>
                </Group>
                <Text size="sm">截止：{formatRocDateTime(w.end)}</Text>
                <Text size="sm" c="dimmed">
                  {members(w)}
                </Text>
              </Stack>
            );
          })}
          {data.upcoming.length > 0 ? (
            <Stack gap={2}>
              <Text size="sm" fw={600}>
                接下來
              </Text>
              {data.upcoming.map((w) => (
                <Text size="sm" key={w.label}>
                  {formatRocDateTime(w.start)} 起　{w.label}
                </Text>
              ))}
            </Stack>
          ) : null}
        </Stack>
      ) : null}
    </Paper>
  );
}
