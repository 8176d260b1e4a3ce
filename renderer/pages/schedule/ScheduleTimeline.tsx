import { Button, DEFAULT_THEME, Group, Paper, SegmentedControl, Text, Title } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { IconDownload } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { formatRocDate } from '../../../main/engine/rocDate.ts';
import type { Schedule } from '../../../main/engine/schedule.ts';
import { saveSvgAsPng } from '../../components/saveSvgAsPng.ts';
import { axisRange, ticks, timelineBars, type AxisMode, type BarKind } from './timelineLayout.ts';

// The year on one time axis, drawn as plain SVG rather than ECharts: a Gantt of some twenty bars
// needs no chart engine, and SVG bars are real elements that a keyboard, a screen reader and a
// browser test can reach. Concrete colours (not CSS variables) so the PNG copy looks the same.

const c = DEFAULT_THEME.colors;
const FILL: Record<BarKind, string> = {
  open: c.gray[4],
  school: c.blue[6],
  teacher: c.teal[6],
  authority: c.violet[5],
  task: c.orange[5],
};
const KIND_NAMES: Record<BarKind, string> = { open: '服務開放', school: '學校規劃', teacher: '教師填寫', authority: '主管機關自訂', task: '年度工作' };
const FONT = '"Noto Sans TC", "Noto Sans CJK TC", "Microsoft JhengHei", "PingFang TC", sans-serif';

const LABEL_WIDTH = 190;
const ROW = 24;
const AXIS = 30;
const PAD_RIGHT = 16;

export function ScheduleTimeline({ schedule, now }: { schedule: Schedule; now: Date }) {
  const [mode, setMode] = useState<AxisMode>('year');
  const { ref, width: measured } = useElementSize();
  const svgRef = useRef<SVGSVGElement>(null);
  const bars = useMemo(() => timelineBars(schedule), [schedule]);
  const range = useMemo(() => axisRange(schedule, bars, mode), [schedule, bars, mode]);
  const width = Math.max(measured, 640);
  const plot = width - LABEL_WIDTH - PAD_RIGHT;
  const x = (t: number) => LABEL_WIDTH + ((t - range.start) / (range.end - range.start)) * plot;
  const height = AXIS + bars.length * ROW + 8;
  const today = now.getTime();
  const todayShown = today >= range.start && today <= range.end;
  const label = `${schedule.year} 學年度時間軸`;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="時間軸">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={2} size="h4">
          時間軸
        </Title>
        <Group gap="xs">
          <SegmentedControl
            size="xs"
            value={mode}
            onChange={(v) => setMode(v as AxisMode)}
            data={[
              { value: 'year', label: '整學年度' },
              { value: 'filing', label: '填報期間' },
            ]}
            aria-label="時間軸範圍"
          />
          <Button
            size="xs"
            variant="default"
            leftSection={<IconDownload size={14} aria-hidden />}
            onClick={() => svgRef.current && void saveSvgAsPng(svgRef.current, `${schedule.year}學年度時間軸.png`)}
          >
            另存 PNG
          </Button>
        </Group>
      </Group>
      <div ref={ref} style={{ width: '100%', overflowX: 'auto' }}>
        <svg ref={svgRef} width={width} height={height} role="img" aria-label={label} fontFamily={FONT} fontSize={12} data-testid="schedule-timeline">
          <title>{label}</title>
          <rect x={0} y={0} width={width} height={height} fill="#fff" />
          {ticks(range).map((t) => (
            <g key={t.at}>
              <line x1={x(t.at)} x2={x(t.at)} y1={AXIS - 6} y2={height} stroke={t.major ? c.gray[4] : c.gray[2]} />
              <text x={x(t.at) + 3} y={t.major ? 12 : 24} fill={t.major ? c.gray[8] : c.gray[6]} fontSize={t.major ? 12 : 10}>
                {t.label}
              </text>
            </g>
          ))}
          {bars.map((b, i) => {
            const y = AXIS + i * ROW;
            const x1 = x(Math.max(b.start, range.start));
            const x2 = x(Math.min(b.end, range.end));
            const visible = b.end >= range.start && b.start <= range.end;
            return (
              <g key={`${b.path}-${i}`} data-path={b.path} data-start={b.start} data-end={b.end} data-backwards={b.backwards || undefined}>
                <title>{b.backwards ? `${b.title}\n結束時間沒有晚於開始時間` : b.title}</title>
                <text x={8} y={y + 16} fill={b.backwards ? c.red[7] : c.gray[8]}>
                  {b.label}
                </text>
                {visible ? (
                  b.backwards ? (
                    <path d={`M ${x1} ${y + 4} l 6 8 l -6 8 l -6 -8 z`} fill={c.red[6]} />
                  ) : (
                    <rect x={x1} y={y + 5} width={Math.max(2, x2 - x1)} height={ROW - 10} rx={3} fill={FILL[b.kind]} opacity={b.kind === 'open' ? 0.6 : 1} />
                  )
                ) : null}
              </g>
            );
          })}
          {todayShown ? (
            <g data-testid="timeline-today">
              <line x1={x(today)} x2={x(today)} y1={AXIS - 8} y2={height} stroke={c.red[6]} strokeWidth={2} strokeDasharray="4 3" />
              <text x={x(today) + 4} y={AXIS - 2} fill={c.red[7]} fontSize={11}>
                今天
              </text>
            </g>
          ) : null}
        </svg>
      </div>
      <Group gap="md" mt="xs" wrap="wrap">
        {(Object.keys(FILL) as BarKind[]).map((k) => (
          <Group key={k} gap={6}>
            <span aria-hidden style={{ display: 'inline-block', width: 14, height: 10, borderRadius: 2, background: FILL[k] }} />
            <Text size="xs">{KIND_NAMES[k]}</Text>
          </Group>
        ))}
        <Text size="xs" c={todayShown ? 'red.7' : 'dimmed'}>
          {todayShown ? `紅色虛線：今天（${formatRocDate(now)}）` : `今天（${formatRocDate(now)}）不在這段時間內`}
        </Text>
      </Group>
    </Paper>
  );
}
