import { Center, Loader, SimpleGrid, Stack } from '@mantine/core';
import { useQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { YearGate } from '../../components/YearGate.tsx';
import { AuthorityTable } from './AuthorityTable.tsx';
import { CountCards } from './CountCards.tsx';
import { StageTable } from './StageTable.tsx';
import { WelcomeCard } from './WelcomeCard.tsx';
import { OpenNowPanel } from '../schedule/OpenNowPanel.tsx';

export function OverviewPage() {
  return (
    <>
      <PageHeader title="總覽" />
      <YearGate empty={<WelcomeCard />}>{(year) => <YearOverview year={year} />}</YearGate>
    </>
  );
}

function YearOverview({ year }: { year: number }) {
  const overview = useQuery('overview:get', { year });
  const { data } = overview;
  if (overview.error) return <ErrorAlert error={overview.error} onRetry={overview.reload} />;
  if (data === undefined) {
    return (
      <Center py="xl">
        <Loader aria-label="讀取中" />
      </Center>
    );
  }
  return (
    <Stack gap="lg">
      <CountCards authorities={data.authorities} schools={data.schools} teachers={data.teachers} />
      <OpenNowPanel year={year} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <StageTable rows={data.schoolsByStage} />
        <AuthorityTable rows={data.byAuthority} />
      </SimpleGrid>
    </Stack>
  );
}
