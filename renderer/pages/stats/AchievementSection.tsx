import { SimpleGrid, Stack } from '@mantine/core';
import { ChartCard } from './ChartCard.tsx';
import { formatCount, hours, pct, safeName, type AchievementStatsOut } from './format.ts';
import { barOption, heightFor } from './options.ts';
import { StatCards } from './StatCards.tsx';

const RULE = '達成率＝各向度 min(實際, 規劃) 之合計 ÷ 規劃時數合計；只計已送出的規劃，學校規劃對照該校名單教師的實際時數合計。';

type Figures = AchievementStatsOut['total']['teacherRate'];

function domainRate(f: Figures, domain: string): number | null {
  return f.domains.find((d) => d.domain === domain)?.rate ?? null;
}

/** 達成率: the scope's rates, by authority and by domain. */
export function AchievementSection({ data, scope }: { data: AchievementStatsOut; scope: string }) {
  const t = data.total;
  const file = (title: string) => `${data.year}學年度_${safeName(title)}_${safeName(scope)}.png`;
  const domains = Object.keys(data.domainNames).sort();
  const name = (d: string) => `${d}. ${data.domainNames[d] ?? ''}`;
  return (
    <Stack gap="md">
      <StatCards
        label="達成率摘要"
        stats={[
          { label: '教師規劃達成率', value: pct(t.teacherRate.rate), detail: `達成 ${hours(t.teacherRate.achieved)} ÷ 規劃 ${hours(t.teacherRate.planned)} 小時（${formatCount(t.teacherPlans)} 份）` },
          { label: '教師實際／規劃', value: pct(t.teacherRate.ratio), detail: `實際 ${hours(t.teacherRate.actual)} 小時` },
          { label: '學校規劃達成率', value: pct(t.schoolRate.rate), detail: `達成 ${hours(t.schoolRate.achieved)} ÷ 規劃 ${hours(t.schoolRate.planned)} 小時（${formatCount(t.schoolPlans)} 份）` },
          { label: '學校實際／規劃', value: pct(t.schoolRate.ratio), detail: `實際 ${hours(t.schoolRate.actual)} 小時` },
        ]}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ChartCard
          title="各主管機關規劃達成率"
          caption={`${data.year} 學年度，${scope}。${RULE}`}
          option={barOption({
            categories: data.byAuthority.map((a) => a.authority),
            series: [
              { name: '學校規劃達成率', data: data.byAuthority.map((a) => a.schoolRate.rate) },
              { name: '教師規劃達成率', data: data.byAuthority.map((a) => a.teacherRate.rate) },
            ],
            horizontal: true,
            valueName: '達成率',
            percent: true,
          })}
          height={heightFor(data.byAuthority.length, 34)}
          table={{
            columns: [{ label: '主管機關' }, ...['學校規劃份數', '學校規劃時數', '學校實際時數', '學校達成率', '教師規劃份數', '教師規劃時數', '教師實際時數', '教師達成率'].map((label) => ({ label, numeric: true }))],
            rows: data.byAuthority.map((a) => [
              a.authority, a.schoolPlans, hours(a.schoolRate.planned), hours(a.schoolRate.actual), pct(a.schoolRate.rate),
              a.teacherPlans, hours(a.teacherRate.planned), hours(a.teacherRate.actual), pct(a.teacherRate.rate),
            ]),
          }}
          fileName={file('各主管機關規劃達成率')}
          testId="achievement-authority"
          empty={data.byAuthority.length === 0 ? '這個範圍沒有主管機關。' : undefined}
        />
        <ChartCard
          title="各向度規劃達成率"
          caption="每個向度：min(實際, 規劃) ÷ 規劃；某向度多上的時數不能補另一向度。"
          option={barOption({
            categories: domains.map(name),
            series: [
              { name: '學校規劃達成率', data: domains.map((d) => domainRate(t.schoolRate, d)) },
              { name: '教師規劃達成率', data: domains.map((d) => domainRate(t.teacherRate, d)) },
            ],
            horizontal: true,
            valueName: '達成率',
            percent: true,
          })}
          table={{
            columns: [{ label: '向度' }, ...['學校規劃時數', '學校實際時數', '學校達成率', '教師規劃時數', '教師實際時數', '教師達成率'].map((label) => ({ label, numeric: true }))],
            rows: domains.map((d) => {
              const s = t.schoolRate.domains.find((x) => x.domain === d);
              const x = t.teacherRate.domains.find((y) => y.domain === d);
              return [name(d), hours(s?.planned), hours(s?.actual), pct(s?.rate), hours(x?.planned), hours(x?.actual), pct(x?.rate)];
            }),
          }}
          height={heightFor(domains.length, 52)}
          fileName={file('各向度規劃達成率')}
          testId="achievement-domain"
          empty={t.teacherPlans + t.schoolPlans === 0 ? '這個範圍沒有已送出的規劃，沒有達成率。' : undefined}
        />
      </SimpleGrid>
    </Stack>
  );
}
