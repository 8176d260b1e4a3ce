import { SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ChartCard } from './ChartCard.tsx';
import { formatCount, hours, pct, safeName, type HoursOut } from './format.ts';
import { barOption, COLORS, heightFor, type Series } from './options.ts';
import { StatCards } from './StatCards.tsx';

type Source = 'teacher' | 'school';
type HoursSet = HoursOut['teacher'];
const SOURCE_LABELS: Record<Source, string> = { teacher: '教師規劃', school: '學校規劃' };

/** 規劃時數: planned hours of the submitted plans by domain and sub-item, by stage, and against last year. */
export function HoursSection({ data, scope }: { data: HoursOut; scope: string }) {
  const [source, setSource] = useState<Source>('teacher');
  const [domain, setDomain] = useState<string | null>(null);
  const set = data[source];
  const prev = data.previous?.[source] ?? null;
  const file = (title: string) => `${data.year}學年度_${safeName(title)}_${SOURCE_LABELS[source]}_${safeName(scope)}.png`;
  const picked = set.domains.find((d) => d.domain === domain) ?? set.domains.find((d) => d.hours > 0) ?? set.domains[0] ?? null;
  const none = set.plans === 0 ? `這個範圍沒有已送出的${SOURCE_LABELS[source]}。` : undefined;
  const perPlan = set.plans > 0 ? set.hours / set.plans : null;
  const prevPerPlan = prev && prev.plans > 0 ? prev.hours / prev.plans : null;
  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label="時數來源"
        value={source}
        onChange={(v) => setSource(v === 'school' ? 'school' : 'teacher')}
        data={(['teacher', 'school'] as const).map((s) => ({ value: s, label: `${SOURCE_LABELS[s]}（${formatCount(data[s].plans)} 份）` }))}
        w="fit-content"
      />
      <StatCards
        label="規劃時數摘要"
        stats={[
          { label: '已送出規劃', value: `${formatCount(set.plans)} 份`, detail: prev ? `${data.previous?.year} 學年度 ${formatCount(prev.plans)} 份` : `${data.year} 學年度，${scope}` },
          { label: '規劃時數合計', value: `${hours(set.hours)} 小時`, detail: prev ? `${data.previous?.year} 學年度 ${hours(prev.hours)} 小時` : '各細項時數加總' },
          { label: '平均每份規劃', value: `${hours(perPlan)} 小時`, detail: prevPerPlan !== null ? `${data.previous?.year} 學年度 ${hours(prevPerPlan)} 小時` : '合計 ÷ 份數' },
        ]}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ChartCard
          title={`規劃時數：各向度（${SOURCE_LABELS[source]}）`}
          caption={`${data.year} 學年度，${scope}；已送出規劃的細項時數加總到六大向度，括號內為占比。`}
          option={domainOption(set)}
          height={340}
          table={{
            columns: [{ label: '向度' }, { label: '規劃時數', numeric: true }, { label: '占比', numeric: true }, { label: '平均每份', numeric: true }],
            rows: set.domains.map((d) => [`${d.domain}. ${d.name}`, hours(d.hours), pct(d.share), hours(d.perPlan)]),
          }}
          fileName={file('規劃時數_各向度')}
          testId="hours-domain"
          empty={none}
        />
        <ChartCard
          title={`規劃時數：各教育階段（${SOURCE_LABELS[source]}）`}
          caption="各學制平均每份規劃在六大向度的時數（堆疊），學制間的規劃份數不同，故以平均比較。"
          option={stageOption(set)}
          height={340}
          table={{
            columns: [{ label: '學制' }, { label: '規劃份數', numeric: true }, { label: '時數合計', numeric: true }, ...set.domains.map((d) => ({ label: `${d.domain}. ${d.name}`, numeric: true }))],
            rows: set.byStage.map((s) => [s.stage, s.plans, hours(s.hours), ...set.domains.map((d) => hours(s.domains.find((x) => x.domain === d.domain)?.hours ?? 0))]),
          }}
          fileName={file('規劃時數_各教育階段')}
          testId="hours-stage"
          empty={none}
        />
      </SimpleGrid>
      {picked ? (
        <ChartCard
          title={`規劃時數：${picked.domain}. ${picked.name} 的子項（${SOURCE_LABELS[source]}）`}
          caption={
            <Select
              aria-label="向度"
              size="xs"
              w={260}
              data={set.domains.map((d) => ({ value: d.domain, label: `${d.domain}. ${d.name}（${hours(d.hours)} 小時）` }))}
              value={picked.domain}
              onChange={setDomain}
              allowDeselect={false}
            />
          }
          option={barOption({ categories: picked.subItems.map((s) => `${s.code} ${s.name}`), series: [{ name: '規劃時數', data: picked.subItems.map((s) => s.hours) }], horizontal: true, valueName: '小時' })}
          height={heightFor(picked.subItems.length)}
          table={{ columns: [{ label: '子項' }, { label: '規劃時數', numeric: true }], rows: picked.subItems.map((s) => [`${s.code} ${s.name}`, hours(s.hours)]) }}
          fileName={file(`規劃時數_${picked.domain}子項`)}
          testId="hours-subitems"
          empty={none ?? (picked.subItems.length === 0 ? <Text size="sm" c="dimmed">這個向度沒有規劃時數。</Text> : undefined)}
        />
      ) : null}
      {prev && data.previous ? (
        <ChartCard
          title={`與 ${data.previous.year} 學年度比較：平均每份規劃各向度時數（${SOURCE_LABELS[source]}）`}
          caption={`淺色為 ${data.previous.year} 學年度（${formatCount(prev.plans)} 份），深色為 ${data.year} 學年度（${formatCount(set.plans)} 份）。`}
          option={{
            ...barOption({
              categories: set.domains.map((d) => `${d.domain}. ${d.name}`),
              series: [
                { name: `${data.previous.year} 學年度`, data: set.domains.map((d) => prev.domains.find((x) => x.domain === d.domain)?.perPlan ?? null), muted: true },
                { name: `${data.year} 學年度`, data: set.domains.map((d) => d.perPlan) },
              ],
              valueName: '小時／份',
            }),
            color: [COLORS[0], COLORS[0]],
          }}
          table={{
            columns: [{ label: '向度' }, { label: `${data.previous.year} 平均`, numeric: true }, { label: `${data.year} 平均`, numeric: true }, { label: `${data.previous.year} 合計`, numeric: true }, { label: `${data.year} 合計`, numeric: true }],
            rows: set.domains.map((d) => {
              const b = prev.domains.find((x) => x.domain === d.domain);
              return [`${d.domain}. ${d.name}`, hours(b?.perPlan), hours(d.perPlan), hours(b?.hours), hours(d.hours)];
            }),
          }}
          fileName={file(`規劃時數與${data.previous.year}學年度比較`)}
          testId="hours-yoy"
          empty={none}
        />
      ) : null}
    </Stack>
  );
}

function domainOption(set: HoursSet) {
  const base = barOption({ categories: set.domains.map((d) => `${d.domain}. ${d.name}`), series: [{ name: '規劃時數', data: set.domains.map((d) => d.hours) }], horizontal: true, valueName: '小時' });
  return {
    ...base,
    grid: { left: 8, right: 110, top: 28, bottom: 8, containLabel: true },
    series: (base.series as Record<string, unknown>[]).map((s) => ({
      ...s,
      colorBy: 'data',
      label: { show: true, position: 'right', fontSize: 10, formatter: (p: { dataIndex: number; value: number }) => `${hours(p.value)}（${pct(set.domains[p.dataIndex]?.share)}）` },
    })),
  };
}

function stageOption(set: HoursSet) {
  const series: Series[] = set.domains.map((d) => ({
    name: `${d.domain}. ${d.name}`,
    stack: 'domains',
    data: set.byStage.map((s) => (s.plans > 0 ? (s.domains.find((x) => x.domain === d.domain)?.hours ?? 0) / s.plans : null)),
  }));
  return barOption({ categories: set.byStage.map((s) => `${s.stage}（${s.plans} 份）`), series, valueName: '小時／份', legendLines: 3 });
}
