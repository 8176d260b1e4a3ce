import { Text, Timeline } from '@mantine/core';
import type { PlanDetail } from '../../../preload/contracts/plans.ts';
import { rocTime } from './format.ts';

const COLORS: Record<string, string> = { 送出: 'green', 退回修改: 'red', 暫存: 'gray', 刪除: 'dark', 已審閱: 'teal' };

/** The full status history, oldest first: who did what, when, and why. */
export function HistoryList({ history }: { history: PlanDetail['history'] }) {
  if (history.length === 0) return <Text c="dimmed" size="sm">沒有狀態紀錄。</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={history.length - 1}>
      {history.map((e, i) => (
        <Timeline.Item key={i} color={COLORS[e.action] ?? 'blue'} title={`${e.action}　${rocTime(e.at)}`}>
          <Text size="sm" c="dimmed">
            {[e.actor ? `操作者：${e.actor}` : null, `來源：${e.source}`].filter(Boolean).join('　')}
          </Text>
          {e.reason ? <Text size="sm">原因：{e.reason}</Text> : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
