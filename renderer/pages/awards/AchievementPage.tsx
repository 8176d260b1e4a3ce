import { Center, Loader, Paper, SegmentedControl, Select, SimpleGrid, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { lazy, Suspense, useState } from 'react';
import type { Output } from '../../../preload/contract.ts';
import type { AchievementGroupOut, AchievementOut } from '../../../preload/contracts/achievement.ts';
import { useQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatCount } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { YearGate } from '../../components/YearGate.tsx';
import { domainName, hoursText, percentText } from './labels.ts';

const DomainBars = lazy(() => import('./DomainBars.tsx').then((m) => ({ default: m.DomainBars })));
const NUM = { fontVariantNumeric: 'tabular-nums' } as const;
const chartFallback = <Loader size="sm" aria-label="載入圖表" />;

export function AchievementPage() {
  return (
    <>
      <PageHeader title="規劃達成率" />
      <YearGate>{(year) => <AchievementBody year={year} />}</YearGate>
    </>
  );
}

function AchievementBody({ year }: { year: number }) {
  const summary = useQuery('achievement:summary', { year });
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        各面向的達成時數＝實際與規劃時數取小者；達成率＝達成時數合計 ÷ 規劃時數合計（某面向多上的時數不能補另一面向）；實際／規劃可超過 100%。只計已送出的規劃；學校規劃對照該校名單教師的實際時數合計。
      </Text>
      {summary.error ? <ErrorAlert error={summary.error} onRetry={summary.reload} /> : null}
      {!summary.data ? (
        summary.error ? null : (
          <Center py="lg">
            <Loader aria-label="計算達成率中" />
          </Center>
        )
      ) : (
        <SummaryTabs year={year} data={summary.data} />
      )}
      <DetailPanel year={year} />
    </Stack>
  );
}

type Summary = Output<'achievement:summary'>;

function rateCells(a: AchievementOut) {
  return (
    <>
      <Table.Td ta="right" style={NUM}>{percentText(a.rate)}</Table.Td>
      <Table.Td ta="right" style={NUM}>{percentText(a.ratio)}</Table.Td>
    </>
  );
}

function GroupTable({ label, rows }: { label: string; rows: { name: string; g: AchievementGroupOut }[] }) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped aria-label={label} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{label}</Table.Th>
            <Table.Th ta="right">學校規劃（已送出／學校數）</Table.Th>
            <Table.Th ta="right">學校規劃達成率</Table.Th>
            <Table.Th ta="right">實際／規劃</Table.Th>
            <Table.Th ta="right">教師規劃（已送出／教師數）</Table.Th>
            <Table.Th ta="right">教師規劃達成率</Table.Th>
            <Table.Th ta="right">實際／規劃</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ name, g }) => (
            <Table.Tr key={name}>
              <Table.Td fw={name === '全國' ? 700 : undefined}>{name}</Table.Td>
              <Table.Td ta="right" style={NUM}>{formatCount(g.schoolPlans)}／{formatCount(g.schools)}</Table.Td>
              {rateCells(g.schoolRate)}
              <Table.Td ta="right" style={NUM}>{formatCount(g.teacherPlans)}／{formatCount(g.teachers)}</Table.Td>
              {rateCells(g.teacherRate)}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function DomainTable({ school, teacher }: { school: AchievementOut; teacher: AchievementOut }) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped aria-label="依面向" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>面向</Table.Th>
            <Table.Th ta="right">學校規劃時數</Table.Th>
            <Table.Th ta="right">學校實際時數</Table.Th>
            <Table.Th ta="right">學校達成率</Table.Th>
            <Table.Th ta="right">教師規劃時數</Table.Th>
            <Table.Th ta="right">教師實際時數</Table.Th>
            <Table.Th ta="right">教師達成率</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {school.domains.map((d, i) => {
            const t = teacher.domains.find((x) => x.domain === d.domain) ?? teacher.domains[i]!;
            return (
              <Table.Tr key={d.domain}>
                <Table.Td>{d.domain}. {domainName(d.domain)}</Table.Td>
                <Table.Td ta="right" style={NUM}>{hoursText(d.planned)}</Table.Td>
                <Table.Td ta="right" style={NUM}>{hoursText(d.actual)}</Table.Td>
                <Table.Td ta="right" style={NUM}>{percentText(d.rate)}</Table.Td>
                <Table.Td ta="right" style={NUM}>{hoursText(t.planned)}</Table.Td>
                <Table.Td ta="right" style={NUM}>{hoursText(t.actual)}</Table.Td>
                <Table.Td ta="right" style={NUM}>{percentText(t.rate)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function SummaryTabs({ year, data }: { year: number; data: Summary }) {
  const nation = { name: '全國', g: data.nation };
  return (
    <Paper withBorder p="md" radius="md">
      <Tabs defaultValue="authority" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="authority">依主管機關</Tabs.Tab>
          <Tabs.Tab value="stage">依學制</Tabs.Tab>
          <Tabs.Tab value="domain">依面向</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="authority" pt="md">
          <GroupTable label="主管機關" rows={[nation, ...data.authorities.map((a) => ({ name: a.authority, g: a }))]} />
        </Tabs.Panel>
        <Tabs.Panel value="stage" pt="md">
          <GroupTable label="學制" rows={[nation, ...data.stages.map((s) => ({ name: s.stage, g: s }))]} />
        </Tabs.Panel>
        <Tabs.Panel value="domain" pt="md">
          <Stack gap="sm">
            <DomainTable school={data.nation.schoolRate} teacher={data.nation.teacherRate} />
            <Suspense fallback={chartFallback}>
              <DomainBars title={`${year} 學年度全國教師規劃：各面向規劃與實際時數`} domains={data.nation.teacherRate.domains} fileName={`規劃達成率-${year}學年度-全國教師-各面向.png`} />
            </Suspense>
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}

function DetailPanel({ year }: { year: number }) {
  const [kind, setKind] = useState<'school' | 'teacher'>('school');
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const [q] = useDebouncedValue(search.trim(), 250);
  const page = { offset: 0, limit: 30 };
  const schools = useQuery('registry:schools', kind === 'school' ? { year, filter: { q, authority: null, stage: null }, page } : null);
  const teachers = useQuery('registry:teachers', kind === 'teacher' && q !== '' ? { year, filter: { q, authority: null, stage: null }, page } : null);
  const options = kind === 'school'
    ? (schools.data?.rows ?? []).map((s) => ({ value: String(s.id), label: `${s.code} ${s.name}` }))
    : (teachers.data?.rows ?? []).map((t) => ({ value: String(t.id), label: `${t.name}（${t.maskedId}）${t.schoolCode} ${t.school}` }));
  const detail = useQuery('achievement:detail', picked === null ? null : { year, kind, id: Number(picked) });
  const d = detail.data;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          個別學校或教師：規劃與實際
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <SegmentedControl
            aria-label="對象"
            value={kind}
            onChange={(v) => { setKind(v as 'school' | 'teacher'); setPicked(null); setSearch(''); }}
            data={[{ value: 'school', label: '學校' }, { value: 'teacher', label: '教師' }]}
          />
          <Select
            aria-label={kind === 'school' ? '選擇學校' : '選擇教師'}
            placeholder={kind === 'school' ? '輸入校名或學校代碼' : '輸入教師姓名或學校代碼'}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options: all }) => all}
            data={options}
            value={picked}
            onChange={setPicked}
            nothingFoundMessage={q === '' && kind === 'teacher' ? '請輸入姓名' : '找不到符合的對象'}
            clearable
          />
        </SimpleGrid>
        {detail.error ? <ErrorAlert error={detail.error} onRetry={detail.reload} /> : null}
        {d ? (
          <Stack gap="xs">
            <Text size="sm">
              {d.kind === 'school' ? `${d.code} ${d.name}（${d.authority}${d.stage}，名單內教師 ${formatCount(d.teachers)} 人）` : `${d.name}（${d.code}）${d.school.code} ${d.school.name}（${d.authority}${d.stage}）`}
            </Text>
            {d.achievement ? (
              <>
                <Text size="sm" fw={600}>
                  達成率 {percentText(d.achievement.rate)}（達成 {hoursText(d.achievement.achieved)} ÷ 規劃 {hoursText(d.achievement.planned)} 小時）；實際／規劃 {percentText(d.achievement.ratio)}（實際 {hoursText(d.achievement.actual)} 小時）
                </Text>
                <Suspense fallback={chartFallback}>
                  <DomainBars
                    title={`${d.kind === 'school' ? d.name : d.name}：各面向規劃與實際時數`}
                    domains={d.achievement.domains}
                    fileName={`規劃達成率-${year}學年度-${d.kind === 'school' ? d.code : d.name}.png`}
                  />
                </Suspense>
              </>
            ) : (
              <Text size="sm" c="dimmed">
                沒有已送出的{d.kind === 'school' ? '學校本位' : '教師'}規劃，沒有達成率。實際研習時數：{Object.entries(d.actual).map(([k, v]) => `${domainName(k)} ${hoursText(v)}`).join('、') || '0'} 小時。
              </Text>
            )}
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
