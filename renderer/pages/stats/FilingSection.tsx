import { Alert, Anchor, SimpleGrid, Stack } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';
import { useQuery } from '../../api.ts';
import { hrefOf, PATHS } from '../../state/route.ts';
import type { FilingCountsOut } from '../../../preload/contracts/stats.ts';
import { STAGES } from '../../../main/engine/vocabulary.ts';
import { ChartCard } from './ChartCard.tsx';
import { formatCount, pct, pointsChange, safeName, type FilingOut } from './format.ts';
import { barOption, heightFor, type Series } from './options.ts';
import { StatCards, type Stat } from './StatCards.tsx';

const RULE = '期限內填報率＝於自己的填報期間內送出（且目前為送出狀態）的份數 ÷ 應填報數（全部學校；名單內教師）；退回修改、暫存不算已填報。';

function stat(label: string, c: FilingCountsOut, unit: string, before: FilingCountsOut | null, previousYear: number | null): Stat {
  const change = before && previousYear !== null ? `；較 ${previousYear} 學年度 ${pointsChange(c.onTimeRate, before.onTimeRate)}` : '';
  return { label, value: pct(c.onTimeRate), detail: `期限內 ${formatCount(c.onTime)}／應填 ${formatCount(c.expected)} ${unit}${change}` };
}

function filedChange(now: FilingCountsOut, before: FilingCountsOut | undefined, year: number | undefined): string {
  return before && year !== undefined ? `；較 ${year} 學年度 ${pointsChange(now.filedRate, before.filedRate)}` : '';
}

function countCells(c: FilingCountsOut): (string | number)[] {
  return [c.expected, c.filed, c.onTime, c.outsideWindow, c.returned, c.draft, c.none, pct(c.onTimeRate)];
}

const COUNT_COLUMNS = ['應填', '已送出', '期限內', '逾期送出', '退回修改', '暫存', '未填'].map((label) => ({ label, numeric: true }));
const columns = (first: string) => [
  { label: first },
  ...COUNT_COLUMNS.map((c) => ({ label: `學校${c.label}`, numeric: true })),
  { label: '學校期限內填報率', numeric: true },
  ...COUNT_COLUMNS.map((c) => ({ label: `教師${c.label}`, numeric: true })),
  { label: '教師期限內填報率', numeric: true },
];

/** 填報率: headline rates, by authority, by stage, and against the year before when it is in the database. */
export function FilingSection({ data, scope }: { data: FilingOut; scope: string }) {
  const prev = data.previous;
  // Last year's on-time rate means something only if last year had filing windows.
  const prevSchedule = useQuery('schedule:get', prev ? { year: prev.year } : null);
  const onTimeComparable = prevSchedule.data?.schedule != null;
  const measure: Measure = onTimeComparable ? 'onTimeRate' : 'filedRate';
  const before = onTimeComparable ? prev : null;
  const stats = [
    stat('學校期限內填報率', data.total.schools, '所', before?.total.schools ?? null, before?.year ?? null),
    stat('教師期限內填報率', data.total.teachers, '人', before?.total.teachers ?? null, before?.year ?? null),
    { label: '學校已送出', value: pct(data.total.schools.filedRate), detail: `已送出 ${formatCount(data.total.schools.filed)} 所，含逾期 ${formatCount(data.total.schools.outsideWindow)} 所${filedChange(data.total.schools, prev?.total.schools, prev?.year)}` },
    { label: '教師已送出', value: pct(data.total.teachers.filedRate), detail: `已送出 ${formatCount(data.total.teachers.filed)} 人，含逾期 ${formatCount(data.total.teachers.outsideWindow)} 人${filedChange(data.total.teachers, prev?.total.teachers, prev?.year)}` },
  ];
  const file = (title: string) => `${data.year}學年度_${safeName(title)}_${safeName(scope)}.png`;
  const rates = (rows: { schools: FilingCountsOut; teachers: FilingCountsOut }[]): Series[] => [
    { name: '學校期限內填報率', data: rows.map((r) => r.schools.onTimeRate) },
    { name: '教師期限內填報率', data: rows.map((r) => r.teachers.onTimeRate) },
  ];
  return (
    <Stack gap="md">
      <NoScheduleNotice year={data.year} />
      {prev ? <NoScheduleNotice year={prev.year} /> : null}
      <StatCards stats={stats} label="填報率摘要" />
      <ChartCard
        title="各主管機關填報率"
        caption={`${data.year} 學年度，${scope}。${RULE}`}
        option={barOption({ categories: data.byAuthority.map((a) => a.authority), series: rates(data.byAuthority), horizontal: true, valueName: '填報率', percent: true })}
        height={heightFor(data.byAuthority.length, 34)}
        table={{ columns: columns('主管機關'), rows: data.byAuthority.map((a) => [a.authority, ...countCells(a.schools), ...countCells(a.teachers)]) }}
        fileName={file('各主管機關填報率')}
        testId="filing-authority"
        empty={data.byAuthority.length === 0 ? '這個範圍沒有主管機關。' : undefined}
      />
      <SimpleGrid cols={{ base: 1, lg: prev ? 2 : 1 }} spacing="md">
        <ChartCard
          title="各教育階段填報率"
          caption={`${data.year} 學年度，${scope}。`}
          option={barOption({ categories: data.byStage.map((s) => s.stage), series: rates(data.byStage), valueName: '填報率', percent: true })}
          table={{ columns: columns('學制'), rows: data.byStage.map((s) => [s.stage, ...countCells(s.schools), ...countCells(s.teachers)]) }}
          fileName={file('各教育階段填報率')}
          testId="filing-stage"
          empty={data.byStage.length === 0 ? '這個範圍沒有學校。' : undefined}
        />
        {prev && prevSchedule.data ? <FilingYearOnYear data={data} previous={prev} measure={measure} scope={scope} fileName={file(`填報率與${prev.year}學年度比較`)} /> : null}
      </SimpleGrid>
    </Stack>
  );
}

type Measure = 'onTimeRate' | 'filedRate';
const MEASURE_LABELS: Record<Measure, string> = { onTimeRate: '期限內填報率', filedRate: '已送出率' };

interface YearOnYearProps {
  data: FilingOut;
  previous: NonNullable<FilingOut['previous']>;
  /** The on-time rate when both years have windows, else the share that submitted at all. */
  measure: Measure;
  scope: string;
  fileName: string;
}

function FilingYearOnYear({ data, previous, measure, scope, fileName }: YearOnYearProps) {
  const stages = STAGES.filter((s) => data.byStage.some((r) => r.stage === s) || previous.byStage.some((r) => r.stage === s));
  const rows = [
    { label: '全部', now: data.total, before: previous.total },
    ...stages.map((s) => ({ label: s, now: data.byStage.find((r) => r.stage === s) ?? null, before: previous.byStage.find((r) => r.stage === s) ?? null })),
  ];
  const series: Series[] = [
    { name: `${previous.year} 學校`, data: rows.map((r) => r.before?.schools[measure] ?? null), muted: true },
    { name: `${data.year} 學校`, data: rows.map((r) => r.now?.schools[measure] ?? null) },
    { name: `${previous.year} 教師`, data: rows.map((r) => r.before?.teachers[measure] ?? null), muted: true },
    { name: `${data.year} 教師`, data: rows.map((r) => r.now?.teachers[measure] ?? null) },
  ];
  const option = { ...barOption({ categories: rows.map((r) => r.label), series, valueName: MEASURE_LABELS[measure], percent: true, labels: false }), color: ['#1c7ed6', '#1c7ed6', '#37b24d', '#37b24d'] };
  return (
    <ChartCard
      title={`與 ${previous.year} 學年度比較`}
      caption={`${MEASURE_LABELS[measure]}，${scope}；淺色為 ${previous.year} 學年度。${measure === 'filedRate' ? `${previous.year} 學年度沒有填報期間，故比較已送出率。` : ''}`}
      option={option}
      table={{
        columns: [{ label: '學制' }, ...[`${previous.year} 學校`, `${data.year} 學校`, '學校增減', `${previous.year} 教師`, `${data.year} 教師`, '教師增減'].map((label) => ({ label, numeric: true }))],
        rows: rows.map((r) => {
          const b = r.before;
          const n = r.now;
          return [
            r.label,
            pct(b?.schools[measure]), pct(n?.schools[measure]), pointsChange(n?.schools[measure] ?? null, b?.schools[measure] ?? null),
            pct(b?.teachers[measure]), pct(n?.teachers[measure]), pointsChange(n?.teachers[measure] ?? null, b?.teachers[measure] ?? null),
          ];
        }),
      }}
      fileName={fileName}
      testId="filing-yoy"
    />
  );
}

/** A year without a schedule has no filing windows: nothing can be on time, so its on-time rate reads 0. */
function NoScheduleNotice({ year }: { year: number }) {
  const schedule = useQuery('schedule:get', { year });
  if (!schedule.data || schedule.data.schedule !== null) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconCalendarOff aria-hidden />} title={`${year} 學年度沒有年度時程`}>
      沒有填報期間，就沒有任何規劃算是期限內送出，所以 {year} 學年度的期限內填報率都是 0%；已送出率仍然可以比較。
      若要計算，請到<Anchor href={hrefOf(PATHS.schedule)}>年度時程</Anchor>建立這一年的填報期間。
    </Alert>
  );
}
