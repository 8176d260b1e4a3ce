import { Alert, Anchor, Card, Center, Group, Loader, Progress, SimpleGrid, Stack, Switch, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import type { Output } from '../../../preload/contract.ts';
import { useQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatCount } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { YearGate } from '../../components/YearGate.tsx';
import { hrefOf, PATHS } from '../../state/route.ts';
import { percent, rocWindow } from './format.ts';
import { PLAN_PATHS } from './paths.ts';

type Progress = Output<'plans:progress'>;
type Cell = Pick<Progress, 'schools' | 'teachers' | 'schoolRate' | 'teacherRate'>;

export function ProgressPage() {
  return (
    <>
      <PageHeader title="填報進度" />
      <YearGate>{(year) => <ProgressBody year={year} />}</YearGate>
    </>
  );
}

function RateCell({ rate, onTime, total, label }: { rate: number | null; onTime: number; total: number; label: string }) {
  return (
    <Stack gap={2} aria-label={`${label} ${percent(rate)}，${onTime}／${total}`}>
      <Text size="sm" ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {percent(rate)}（{formatCount(onTime)}／{formatCount(total)}）
      </Text>
      <Progress value={(rate ?? 0) * 100} size="xs" color={rate !== null && rate >= 0.6 ? 'green' : 'orange'} aria-hidden />
    </Stack>
  );
}

function Summary({ title, cell, side }: { title: string; cell: Cell; side: 'schools' | 'teachers' }) {
  const c = cell[side];
  const rate = side === 'schools' ? cell.schoolRate : cell.teacherRate;
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="dimmed">{title}</Text>
      <Text size="xl" fw={700}>{percent(rate)}</Text>
      <Text size="sm">
        期限內送出 {formatCount(c.onTime)}／{formatCount(c.total)}；非填報期間送出 {formatCount(c.outsideWindow)}、退回修改 {formatCount(c.returned)}、暫存 {formatCount(c.draft)}、未填寫 {formatCount(c.none)}
      </Text>
    </Card>
  );
}

function ProgressBody({ year }: { year: number }) {
  const query = useQuery('plans:progress', { year });
  const [byStage, setByStage] = useState(false);
  const data = query.data;
  if (query.error) return <ErrorAlert error={query.error} onRetry={query.reload} />;
  if (!data) {
    return (
      <Center py="xl">
        <Loader aria-label="讀取中" />
      </Center>
    );
  }
  return (
    <Stack gap="lg">
      {!data.hasSchedule ? (
        <Alert color="orange" title="這個學年度還沒有時程">
          沒有填報期間，任何送出都不算期限內送出。請到 <Anchor href={hrefOf(PATHS.schedule)}>年度時程</Anchor> 建立或匯入時程。
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Summary title="學校規劃期限內送出率" cell={data} side="schools" />
        <Summary title="教師規劃期限內送出率" cell={data} side="teachers" />
      </SimpleGrid>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">送出率＝期限內送出數／該主管機關的學校數（或名單上的教師數）。期間以各主管機關適用的組別、波段或自訂期間為準。</Text>
        <Switch label="顯示各學制" checked={byStage} onChange={(e) => setByStage(e.currentTarget.checked)} />
      </Group>
      <Table.ScrollContainer minWidth={960}>
        <Table aria-label="各主管機關填報進度" striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>主管機關</Table.Th>
              <Table.Th>學校規劃期間</Table.Th>
              <Table.Th ta="right">學校期限內送出率</Table.Th>
              <Table.Th>教師填寫期間</Table.Th>
              <Table.Th ta="right">教師期限內送出率</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.authorities.map((a) => (
              <Fragment key={a.authority}>
                <Table.Tr aria-label={a.authority}>
                  <Table.Td fw={600}>
                    {a.authority}
                    <Group gap="xs">
                      <Anchor size="xs" href={hrefOf(PLAN_PATHS.schools, { authority: a.authority })}>學校規劃</Anchor>
                      <Anchor size="xs" href={hrefOf(PLAN_PATHS.teachers, { authority: a.authority })}>教師規劃</Anchor>
                    </Group>
                  </Table.Td>
                  <Table.Td><WindowText window={a.schoolWindow} /></Table.Td>
                  <Table.Td><RateCell label={`${a.authority}學校期限內送出率`} rate={a.schoolRate} onTime={a.schools.onTime} total={a.schools.total} /></Table.Td>
                  <Table.Td><WindowText window={a.teacherWindow} /></Table.Td>
                  <Table.Td><RateCell label={`${a.authority}教師期限內送出率`} rate={a.teacherRate} onTime={a.teachers.onTime} total={a.teachers.total} /></Table.Td>
                </Table.Tr>
                {byStage
                  ? a.stages.map((s) => (
                      <Table.Tr key={`${a.authority}-${s.stage}`}>
                        <Table.Td pl="xl">{s.stage}</Table.Td>
                        <Table.Td />
                        <Table.Td><RateCell label={`${a.authority}${s.stage}學校期限內送出率`} rate={s.schoolRate} onTime={s.schools.onTime} total={s.schools.total} /></Table.Td>
                        <Table.Td />
                        <Table.Td><RateCell label={`${a.authority}${s.stage}教師期限內送出率`} rate={s.teacherRate} onTime={s.teachers.onTime} total={s.teachers.total} /></Table.Td>
                      </Table.Tr>
                    ))
                  : null}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function WindowText({ window }: { window: { start: string; end: string; label: string } | null }) {
  if (!window) return <Text size="sm" c="dimmed">沒有填報期間</Text>;
  return (
    <Stack gap={0}>
      <Text size="sm">{rocWindow(window)}</Text>
      <Text size="xs" c="dimmed">{window.label}</Text>
    </Stack>
  );
}
