import { Accordion, Badge, Center, Group, List, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ChartCard } from './ChartCard.tsx';
import { formatCount, type ParticipationOut } from './format.ts';
import { COLORS } from './options.ts';

const TITLE = '歷年參與';
type Row = ParticipationOut['years'][number];
const ORIGIN_LABELS = { history: '歷史資料', data: '本資料庫' } as const;
const HISTORY_COLOR = '#868e96';

/** Schools and teachers per year: the published history (seed 001, 99–105) beside the years of this database. */
export function ParticipationPage() {
  const query = useQuery('stats:participation', {});
  return (
    <>
      <PageHeader title={TITLE} withYear={false} />
      {query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : null}
      {query.data ? (
        <Participation data={query.data} />
      ) : query.error ? null : (
        <Center py="xl">
          <Loader aria-label="讀取歷年參與中" />
        </Center>
      )}
    </>
  );
}

// Bars carry their school counts; the teacher line's counts are in the tooltip and the table (its
// labels would sit on the bars).
const barLabel = { show: true, position: 'top', fontSize: 10, formatter: (p: { value: number | null }) => (p.value === null ? '' : p.value.toLocaleString('zh-TW')) };

function option(rows: Row[]) {
  const years = rows.map((r) => `${r.year}`);
  const pick = (origin: Row['origin'], value: (r: Row) => number) => rows.map((r) => (r.origin === origin ? value(r) : null));
  return {
    color: [HISTORY_COLOR, COLORS[0], HISTORY_COLOR, COLORS[1]],
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 40, bottom: 36, containLabel: true },
    xAxis: { type: 'category', data: years.map((y) => `${y} 學年度`) },
    yAxis: [
      { type: 'value', name: '學校（所）' },
      { type: 'value', name: '教師（人）', splitLine: { show: false } },
    ],
    series: [
      { type: 'bar', name: `參與學校（${ORIGIN_LABELS.history}）`, stack: 'schools', data: pick('history', (r) => r.schools), barMaxWidth: 34, label: barLabel },
      { type: 'bar', name: `參與學校（${ORIGIN_LABELS.data}）`, stack: 'schools', data: pick('data', (r) => r.schools), barMaxWidth: 34, label: barLabel },
      { type: 'line', name: `參與教師（${ORIGIN_LABELS.history}）`, yAxisIndex: 1, data: pick('history', (r) => r.teachers), symbol: 'circle', symbolSize: 8, lineStyle: { type: 'dashed' } },
      { type: 'line', name: `參與教師（${ORIGIN_LABELS.data}）`, yAxisIndex: 1, data: pick('data', (r) => r.teachers), symbol: 'diamond', symbolSize: 9 },
    ],
  };
}

function Participation({ data }: { data: ParticipationOut }) {
  const rows = [...data.years].sort((a, b) => a.year - b.year);
  const sources = [...new Set(rows.flatMap((r) => (r.source ? [r.source] : [])))];
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        灰色為歷史資料（{sources.join('；') || '已公布的參與統計'}），藍綠色為本資料庫的學年度：參與學校＝有已送出學校規劃的學校，參與教師＝有已送出教師規劃的教師。兩者來源不同，中間沒有資料的學年度不畫線。
      </Text>
      <ChartCard
        title="歷年參與學校與教師"
        caption={`學校數為長條（左軸），教師數為折線（右軸，數字見提示或「顯示數字」）；共 ${rows.length} 個學年度。`}
        option={option(rows)}
        height={380}
        table={{
          columns: [
            { label: '學年度' },
            { label: '來源' },
            { label: '參與主管機關', numeric: true },
            { label: '參與學校（所）', numeric: true },
            { label: '參與教師（人）', numeric: true },
            { label: '學校總數', numeric: true },
            { label: '名單教師數', numeric: true },
            { label: '附註', wrap: true },
          ],
          rows: rows.map((r) => [
            `${r.year}`,
            ORIGIN_LABELS[r.origin],
            formatCount(r.authorities),
            formatCount(r.schools),
            formatCount(r.teachers),
            formatCount(r.schoolsTotal),
            formatCount(r.teachersTotal),
            r.note ?? '',
          ]),
        }}
        fileName="歷年參與學校與教師.png"
        testId="participation"
        empty={rows.length === 0 ? '沒有任何學年度的參與資料。' : undefined}
      />
      {data.historyAuthorities.length > 0 ? (
        <Accordion variant="contained" chevronPosition="left">
          {data.historyAuthorities.map((h) => (
            <Accordion.Item key={h.year} value={String(h.year)}>
              <Accordion.Control>
                <Group gap="xs">
                  <Text size="sm">{h.year} 學年度參與的主管機關</Text>
                  <Badge variant="light" color="gray">
                    {h.authorities.length} 個
                  </Badge>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <List size="sm" style={{ columns: 4 }}>
                  {h.authorities.map((a) => (
                    <List.Item key={a}>{a}</List.Item>
                  ))}
                </List>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      ) : null}
    </Stack>
  );
}
