import { Anchor, Box, Breadcrumbs, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader.tsx';
import { YearGate } from '../../components/YearGate.tsx';
import { hrefOf, navigate, PATHS, useRoute } from '../../state/route.ts';
import { useDomainNames } from './format.ts';
import { AuthorityHoursTable, SchoolHoursTable } from './GroupHoursTables.tsx';
import { HoursSummaryCards } from './HoursSummaryCards.tsx';
import { HOURS_PATHS } from './paths.ts';
import { TeacherHoursDrawer } from './TeacherHoursDrawer.tsx';
import { TeacherHoursTable } from './TeacherHoursTable.tsx';

type Level = 'authorities' | 'schools' | 'teachers';

const LEVELS: { value: Level; label: string }[] = [
  { value: 'authorities', label: '依主管機關' },
  { value: 'schools', label: '依學校' },
  { value: 'teachers', label: '依教師' },
];

/** 時數紀錄: authorities → schools → teachers → one teacher's courses, every level from the kept totals. */
export function RecordsPage() {
  return (
    <>
      <PageHeader
        title="時數紀錄"
        action={
          <Button component="a" href={hrefOf(PATHS.importWizard, { kind: 'hours' })}>
            匯入研習時數
          </Button>
        }
      />
      <YearGate>{(year) => <Records key={year} year={year} />}</YearGate>
    </>
  );
}

function Records({ year }: { year: number }) {
  const { params } = useRoute();
  const authorityId = Number(params.get('authority')) || null;
  const schoolId = Number(params.get('school')) || null;
  const level: Level = schoolId !== null ? 'teachers' : authorityId !== null ? 'schools' : ((params.get('level') as Level | null) ?? 'authorities');
  const domains = useDomainNames(year);
  const [teacherId, setTeacherId] = useState<number | null>(null);
  const [opened, setOpened] = useState(false);
  const go = (next: Record<string, string | null>) => navigate(HOURS_PATHS.records, next);

  const crumbs = [
    <Anchor key="all" href={hrefOf(HOURS_PATHS.records)}>
      全部
    </Anchor>,
  ];
  if (authorityId !== null) {
    crumbs.push(
      <Anchor key="a" href={hrefOf(HOURS_PATHS.records, { authority: String(authorityId), authorityName: params.get('authorityName') })}>
        {params.get('authorityName') ?? '主管機關'}
      </Anchor>,
    );
  }
  if (schoolId !== null) crumbs.push(<Text key="s">{params.get('schoolName') ?? '學校'}</Text>);

  return (
    <Stack gap="sm">
      <HoursSummaryCards year={year} />
      <Group justify="space-between">
        <Box component="nav" aria-label="所在層級">
          <Breadcrumbs>{crumbs}</Breadcrumbs>
        </Box>
        {authorityId === null && schoolId === null ? (
          <SegmentedControl aria-label="檢視層級" data={LEVELS} value={level} onChange={(v) => go({ level: v })} />
        ) : null}
      </Group>
      {level === 'authorities' ? (
        <AuthorityHoursTable year={year} onOpen={(a) => go({ authority: String(a.id), authorityName: a.name })} />
      ) : level === 'schools' ? (
        <SchoolHoursTable
          year={year}
          authorityId={authorityId}
          onOpen={(s) =>
            go({
              school: String(s.id),
              schoolName: s.name,
              authority: authorityId === null ? null : String(authorityId),
              authorityName: params.get('authorityName'),
            })
          }
        />
      ) : (
        <TeacherHoursTable
          year={year}
          schoolId={schoolId}
          authorityId={schoolId === null ? authorityId : null}
          domains={domains}
          onOpen={(t) => {
            setTeacherId(t.id);
            setOpened(true);
          }}
        />
      )}
      <TeacherHoursDrawer teacherId={teacherId} opened={opened} onClose={() => setOpened(false)} />
    </Stack>
  );
}
