import { Center, Loader } from '@mantine/core';
import { useQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { YearGate } from '../../components/YearGate.tsx';
import { useYear } from '../../state/year.tsx';
import { NoSchedule } from './NoSchedule.tsx';
import { ScheduleEditor } from './ScheduleEditor.tsx';

const TITLE = '年度時程';

/** 年度時程: the year's windows and timeline, edited and checked in place, and the roll-over. */
export function SchedulePage() {
  const { year } = useYear();
  if (year === null) {
    return (
      <>
        <PageHeader title={TITLE} />
        <YearGate>{() => null}</YearGate>
      </>
    );
  }
  // Keyed by year: another year starts from what is stored for it.
  return <YearSchedule key={year} year={year} />;
}

function YearSchedule({ year }: { year: number }) {
  const query = useQuery('schedule:get', { year });
  const { data } = query;
  if (data?.schedule) return <ScheduleEditor title={TITLE} state={data} schedule={data.schedule} />;
  return (
    <>
      <PageHeader title={TITLE} />
      {query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : null}
      {data === undefined && !query.error ? (
        <Center py="xl">
          <Loader aria-label="讀取中" />
        </Center>
      ) : null}
      {data && !data.schedule ? <NoSchedule year={year} builtIn={data.builtIn} onCreated={query.reload} /> : null}
    </>
  );
}
