import { Center, Loader, Tabs, Text } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import type { Channel, Input, Output } from '../../../preload/contract.ts';
import { call, useQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { NoYearNotice } from '../../components/NoYearNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { YearGate } from '../../components/YearGate.tsx';
import { useRoute } from '../../state/route.ts';
import { AchievementSection } from './AchievementSection.tsx';
import { FilingSection } from './FilingSection.tsx';
import { HoursSection } from './HoursSection.tsx';
import { NeedsSection } from './NeedsSection.tsx';
import { ReportActions } from './ReportActions.tsx';
import { filterFromParams, filterInput, scopeText, StatsFilters, type StatsFilter } from './StatsFilters.tsx';

const TITLE = '統計儀表板';
const TABS = [
  { value: 'filing', label: '填報率' },
  { value: 'needs', label: '進修需求' },
  { value: 'hours', label: '規劃時數' },
  { value: 'achievement', label: '達成率' },
] as const;
type Tab = (typeof TABS)[number]['value'];

export function DashboardPage() {
  return (
    <YearGate
      empty={
        <>
          <PageHeader title={TITLE} />
          <NoYearNotice />
        </>
      }
    >
      {(year) => <Dashboard year={year} />}
    </YearGate>
  );
}

function Dashboard({ year }: { year: number }) {
  const { params } = useRoute();
  const [filter, setFilter] = useState<StatsFilter>(() => filterFromParams(params));
  const [tab, setTab] = useState<Tab>(TABS.find((t) => t.value === params.get('tab'))?.value ?? 'filing');
  const input = { year, ...filterInput(filter) };
  const scope = scopeText(filter);
  usePrefetchedTabs(year);
  return (
    <>
      <PageHeader title={TITLE} action={<ReportActions year={year} authority={filter.authority} />} />
      <StatsFilters year={year} value={filter} onChange={setFilter} />
      <Tabs value={tab} onChange={(v) => setTab(TABS.find((t) => t.value === v)?.value ?? 'filing')} keepMounted={false}>
        <Tabs.List mb="md">
          {TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="filing">
          <Section channel="stats:filing" input={input}>{(data) => <FilingSection data={data} scope={scope} />}</Section>
        </Tabs.Panel>
        <Tabs.Panel value="needs">
          <Section channel="stats:needs" input={input}>{(data) => <NeedsSection data={data} scope={scope} />}</Section>
        </Tabs.Panel>
        <Tabs.Panel value="hours">
          <Section channel="stats:plannedHours" input={input}>{(data) => <HoursSection data={data} scope={scope} />}</Section>
        </Tabs.Panel>
        <Tabs.Panel value="achievement">
          <Section channel="stats:achievement" input={input}>{(data) => <AchievementSection data={data} scope={scope} />}</Section>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

/**
 * The first call of a tab adds up a year's plans per school (up to ~0.9 s at national scale); the
 * API then keeps those sums until the data changes, and filters only add them up again. So once the
 * dashboard is open, the other tabs' sums are asked for one after another in the background: a tab
 * opened afterwards draws at once. Errors are left for the tab itself to show.
 */
function usePrefetchedTabs(year: number): void {
  useEffect(() => {
    let stopped = false;
    const scope = { year, authority: null, stage: null };
    // After the open tab has had its turn: the API answers one call at a time.
    const timer = window.setTimeout(() => {
      void (async () => {
        for (const channel of ['stats:needs', 'stats:plannedHours', 'stats:achievement'] as const) {
          if (stopped) return;
          await call(channel, scope).catch(() => undefined);
        }
      })();
    }, 1500);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [year]);
}

interface SectionProps<C extends Channel> {
  channel: C;
  input: Input<C>;
  children: (data: Output<C>) => ReactNode;
}

/** One tab's numbers: loading, the API's error in Chinese with a retry, or the charts. */
function Section<C extends Channel>({ channel, input, children }: SectionProps<C>) {
  const query = useQuery(channel, input);
  if (query.error) return <ErrorAlert error={query.error} onRetry={query.reload} />;
  if (query.data === undefined) {
    return (
      <Center py="xl">
        <Loader aria-label="計算統計中" />
      </Center>
    );
  }
  return (
    <div aria-busy={query.loading} style={{ opacity: query.loading ? 0.6 : 1, transition: 'opacity 150ms' }}>
      {children(query.data)}
      {query.loading ? (
        <Text size="xs" c="dimmed" mt="xs" role="status">
          更新中…
        </Text>
      ) : null}
    </div>
  );
}
