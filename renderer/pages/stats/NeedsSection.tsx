import { SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { STATS_CHARTS } from '../../../main/engine/statsVocabulary.ts';
import { ChartCard } from './ChartCard.tsx';
import { formatCount, pct, safeName, type NeedsOut } from './format.ts';
import { barOption, heightFor } from './options.ts';

type Source = 'teacher' | 'school';
type Dimension = NeedsOut['teacher']['dimensions'][number];

const SOURCE_LABELS: Record<Source, string> = { teacher: '教師規劃', school: '學校規劃' };

function chartTitle(d: Dimension): string {
  return STATS_CHARTS.find((c) => c.id === `needs-${d.dimension}`)?.title ?? `研習需求：${d.label}`;
}

/** The weights printed inside the chart too, so a saved PNG still says how it was counted. */
function needOption(d: Dimension) {
  const base = barOption({ categories: d.options.map((o) => o.option), series: [{ name: '加權分數', data: d.options.map((o) => o.score) }], horizontal: true, valueName: '分' });
  const series = (base.series as Record<string, unknown>[]).map((s) => ({
    ...s,
    label: { show: true, position: 'right', fontSize: 10, formatter: (p: { dataIndex: number; value: number }) => `${Number(p.value.toFixed(2)).toLocaleString('zh-TW')}（${pct(d.options[p.dataIndex]?.share)}）` },
  }));
  return {
    ...base,
    series,
    title: { subtext: d.weightNote, left: 'center', bottom: 0, subtextStyle: { fontSize: 11, color: '#495057' } },
    grid: { left: 8, right: 90, top: 24, bottom: 30, containLabel: true },
  };
}

/** 進修需求: each ranked need of the submitted plans, weighted by rank (rank 1 highest). */
export function NeedsSection({ data, scope }: { data: NeedsOut; scope: string }) {
  const [source, setSource] = useState<Source>('teacher');
  const set = data[source];
  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label="需求來源"
        value={source}
        onChange={(v) => setSource(v === 'school' ? 'school' : 'teacher')}
        data={(['teacher', 'school'] as const).map((s) => ({ value: s, label: `${SOURCE_LABELS[s]}（${formatCount(data[s].plans)} 份）` }))}
        w="fit-content"
      />
      <Text size="sm" c="dimmed">
        依 {data.year} 學年度 {scope} 已送出的{SOURCE_LABELS[source]} {formatCount(set.plans)} 份計算。排序題依順位加權（第 1 順位分數最高），分數後括號內為占該題總分的比例；暫存與退回修改的規劃不計。
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {set.dimensions.map((d) => (
          <ChartCard
            key={d.dimension}
            title={`${chartTitle(d)}（${SOURCE_LABELS[source]}）`}
            caption={`${d.weightNote}。填答 ${formatCount(d.answered)} 份${d.otherTexts !== null ? `；另填「其他」${formatCount(d.otherTexts)} 份（文字，不計分）` : ''}。`}
            option={needOption(d)}
            height={heightFor(d.options.length, 30)}
            table={{
              columns: [
                { label: '選項' },
                ...d.weights.map((w, i) => ({ label: d.ranks === 1 ? '選擇次數' : `第${i + 1}順位（${w} 分）`, numeric: true })),
                { label: '加權分數', numeric: true },
                { label: '比例', numeric: true },
              ],
              rows: d.options.map((o) => [o.option, ...o.rankCounts, o.score, pct(o.share)]),
            }}
            fileName={`${data.year}學年度_${safeName(chartTitle(d))}_${SOURCE_LABELS[source]}_${safeName(scope)}.png`}
            testId={`needs-${d.dimension}`}
            empty={set.plans === 0 ? `這個範圍沒有已送出的${SOURCE_LABELS[source]}。` : undefined}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
