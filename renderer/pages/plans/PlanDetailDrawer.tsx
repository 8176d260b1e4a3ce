import { Alert, Button, Center, DataList, Drawer, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconChecks, IconUsers } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import type { PlanDetail, PlanKindName } from '../../../preload/contracts/plans.ts';
import { call, errorMessage, useQuery } from '../../api.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { hrefOf } from '../../state/route.ts';
import { FilingBadge } from './FilingBadge.tsx';
import { rocTime, rocWindow } from './format.ts';
import { HistoryList } from './HistoryList.tsx';
import { HoursTree } from './HoursTree.tsx';
import { NeedsView } from './NeedsView.tsx';
import { PLAN_PATHS } from './paths.ts';
import { ReturnPlanModal } from './ReturnPlanModal.tsx';

// ECharts is loaded with the first plan opened, not with the app.
const DomainPie = lazy(() => import('./DomainPie.tsx').then((m) => ({ default: m.DomainPie })));

interface PlanDetailDrawerProps {
  kind: PlanKindName;
  /** null: the school or teacher has no plan. */
  planId: number | null;
  title: string;
  opened: boolean;
  onClose: () => void;
  /** After a return or review: the list reloads its statuses and counts. */
  onChanged: () => void;
}

export function PlanDetailDrawer({ kind, planId, title, opened, onClose, onChanged }: PlanDetailDrawerProps) {
  return (
    <Drawer opened={opened} onClose={onClose} title={title} position="right" size="xl" closeButtonProps={{ 'aria-label': '關閉' }}>
      {planId === null ? (
        <EmptyState
          title={kind === 'school' ? '這所學校還沒有學校規劃' : '這位教師還沒有教師規劃'}
          description="沒有暫存也沒有送出的規劃。填報期間開始後，可在「催覆名單」找到聯絡方式。"
          action={<Button component="a" href={hrefOf(PLAN_PATHS.reminders, { kind })} variant="light">前往催覆名單</Button>}
        />
      ) : opened ? (
        <PlanDetailBody kind={kind} id={planId} onChanged={onChanged} />
      ) : null}
    </Drawer>
  );
}

function PlanDetailBody({ kind, id, onChanged }: { kind: PlanKindName; id: number; onChanged: () => void }) {
  const query = useQuery('plans:detail', { kind, id });
  const [returning, setReturning] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const plan = query.data;
  if (query.error) return <ErrorAlert error={query.error} onRetry={query.reload} />;
  if (!plan) {
    return (
      <Center py="xl">
        <Loader aria-label="讀取中" />
      </Center>
    );
  }
  const review = async () => {
    setReviewing(true);
    setActionError(null);
    try {
      await call('plans:review', { kind, id });
      query.reload();
      onChanged();
    } catch (error) {
      setActionError(errorMessage(error));
    } finally {
      setReviewing(false);
    }
  };
  return (
    <Stack gap="lg">
      <Group gap="sm">
        <FilingBadge filing={plan.filing} />
        <Text size="sm">{plan.filingText}</Text>
      </Group>
      {actionError ? <Alert color="red" role="alert">{actionError}</Alert> : null}
      <Group gap="sm">
        <Button color="red" variant="light" leftSection={<IconArrowBackUp size={16} aria-hidden />} disabled={!plan.canReturn} onClick={() => setReturning(true)}>
          退回修改
        </Button>
        <Button variant="light" leftSection={<IconChecks size={16} aria-hidden />} disabled={!plan.canReview} loading={reviewing} onClick={review}>
          {plan.reviewedAt ? `已審閱（${rocTime(plan.reviewedAt)}）` : '標記已審閱'}
        </Button>
        {kind === 'school' ? (
          <Button component="a" variant="subtle" leftSection={<IconUsers size={16} aria-hidden />} href={hrefOf(PLAN_PATHS.teachers, { school: plan.schoolCode })}>
            本校教師規劃
          </Button>
        ) : null}
      </Group>
      <BasicData plan={plan} />
      <section aria-labelledby="plan-needs">
        <Title order={3} size="h4" id="plan-needs" mb="xs">研習需求</Title>
        <NeedsView needs={plan.needs} />
      </section>
      <section aria-labelledby="plan-hours">
        <Title order={3} size="h4" id="plan-hours" mb="xs">研習主題規劃</Title>
        <Suspense fallback={<Loader size="sm" aria-label="載入圖表" />}>
          <DomainPie domains={plan.hours.domains} fileName={`研習主題規劃比例圖-${plan.schoolCode}-${plan.id}.png`} />
        </Suspense>
        <HoursTree hours={plan.hours} />
      </section>
      <section aria-labelledby="plan-history">
        <Title order={3} size="h4" id="plan-history" mb="xs">狀態紀錄</Title>
        <HistoryList history={plan.history} />
      </section>
      <ReturnPlanModal
        opened={returning}
        kind={kind}
        id={id}
        who={plan.teacher ? `${plan.teacher.name}（${plan.school}）` : plan.school}
        onClose={() => setReturning(false)}
        onReturned={() => {
          setReturning(false);
          query.reload();
          onChanged();
        }}
      />
    </Stack>
  );
}

/** The engine words it for the teacher's own screen (您); the officer reads it about the teacher. */
function eligibilityText(e: NonNullable<PlanDetail['eligibility']>): string {
  return e.eligible ? '可以：學校本位規劃已送出，且教師在名單上' : e.reason.replaceAll('您', '這位教師');
}

function BasicData({ plan }: { plan: PlanDetail }) {
  const rows: [string, string][] = [
    ['學校', `${plan.schoolCode} ${plan.school}`],
    ['主管機關', plan.authority],
    ['學制', plan.stage],
    ...(plan.teacher
      ? ([
          ['身分證字號', plan.teacher.maskedId],
          ['最高學歷', plan.teacher.education ?? '—'],
          ['服務年資', plan.teacher.serviceYears ?? '—'],
          ['學校階段', plan.teacher.stage ?? '—'],
          ['任教年級', plan.teacher.grade ?? '—'],
        ] as [string, string][])
      : ([['學生總數', plan.students === null ? '—' : plan.students.toLocaleString('zh-TW')]] as [string, string][])),
    ['填報期間', `${plan.window?.label ?? ''} ${rocWindow(plan.window)}`.trim()],
    ['最後送出', rocTime(plan.lastSubmittedAt)],
    ...(plan.eligibility ? ([['匯入學校本位規劃', eligibilityText(plan.eligibility)]] as [string, string][]) : []),
  ];
  return (
    <DataList withDivider labelWidth="8em">
      {rows.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
