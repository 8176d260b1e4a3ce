import { Alert, Button, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconPlayerStop } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { AwardSettings, RunSummaryOut } from '../../../preload/contracts/awards.ts';
import type { ProgressEvent } from '../../../preload/contracts/common.ts';
import { call, errorMessage, onProgress, useQuery } from '../../api.ts';
import { useDetail } from '../../components/DetailDrawer.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatCount } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { YearGate } from '../../components/YearGate.tsx';
import { navigate, useRoute } from '../../state/route.ts';
import { CompareView } from './CompareView.tsx';
import { ExplainDrawer } from './ExplainDrawer.tsx';
import { hoursText, SOURCE_LABELS } from './labels.ts';
import { RunResult, type Candidate } from './RunResult.tsx';
import { AWARD_PATHS } from './paths.ts';
import { parametersText, runTitle, RunsList } from './RunsList.tsx';
import { SettingsForm } from './SettingsForm.tsx';

function saveJson(fileName: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function AwardsPage() {
  return <YearGate>{(year) => <AwardsBody year={year} />}</YearGate>;
}

function AwardsBody({ year }: { year: number }) {
  const { params } = useRoute();
  const runs = useQuery('awards:list', { year });
  const list = runs.data ?? [];
  const asked = Number(params.get('run'));
  const open = list.find((r) => r.id === asked) ?? list[0] ?? null;
  const compareAsked = Number(params.get('compare'));
  const compare = open !== null ? (list.find((r) => r.id === compareAsked && r.id !== open.id) ?? null) : null;
  const [task, setTask] = useState<string | null>(null);
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [exportError, setExportError] = useState<string | null>(null);

  useEffect(() => onProgress((event) => (event.task === task ? setProgress(event) : undefined)), [task]);

  const go = (run: number | null, other: number | null) =>
    navigate(AWARD_PATHS.runs, { run: run === null ? null : String(run), compare: other === null ? null : String(other) });

  const runNow = async (settings: AwardSettings) => {
    const id = crypto.randomUUID();
    setTask(id);
    setProgress(null);
    setFailure(null);
    try {
      const run = await call('awards:run', { year, task: id, settings });
      runs.reload();
      go(run.id, null);
    } catch (error) {
      setFailure(error);
    } finally {
      setTask(null);
    }
  };

  const exportRun = async (run: RunSummaryOut) => {
    setExportError(null);
    try {
      const out = await call('awards:export', { id: run.id });
      saveJson(out.fileName, out.json);
    } catch (error) {
      setExportError(errorMessage(error));
    }
  };

  return (
    <>
      <PageHeader
        title="獎勵名單"
        action={
          open ? (
            <Button variant="light" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void exportRun(open)}>
              匯出這次計算（JSON）
            </Button>
          ) : null
        }
      />
      <Stack gap="md">
        <SettingsForm year={year} running={task !== null} onRun={(s) => void runNow(s)} />
        {task !== null ? <RunProgress task={task} progress={progress} /> : null}
        {failure ? <ErrorAlert error={failure} title="這次計算沒有完成" /> : null}
        {exportError ? <Alert color="red" title="無法匯出">{exportError}</Alert> : null}
        {runs.error ? <ErrorAlert error={runs.error} onRetry={runs.reload} /> : null}
        {list.length === 0 && !runs.loading ? (
          <EmptyState title="這個學年度還沒有獎勵計算" description="確認教師名單、規劃與研習時數都已匯入後，按「計算獎勵名單」。每次計算都會保存，可再開啟與比較。" />
        ) : null}
        {list.length > 0 ? <RunsList runs={list} openId={open?.id ?? null} compareId={compare?.id ?? null} onOpen={(id) => go(id, null)} onCompare={(other) => go(open?.id ?? null, other)} /> : null}
        {compare && open ? <CompareView a={Math.min(compare.id, open.id)} b={Math.max(compare.id, open.id)} /> : null}
        {open ? <OpenRun run={open} /> : null}
      </Stack>
    </>
  );
}

function RunProgress({ task, progress }: { task: string; progress: ProgressEvent | null }) {
  const [cancelling, setCancelling] = useState(false);
  const percent = progress?.total ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Text>正在計算獎勵名單…</Text>
        <Progress value={Math.max(percent, 5)} animated striped size="lg" aria-label="計算進度" />
        <Text size="sm" c="dimmed" aria-live="polite">
          {progress?.label ?? '準備中…'}
        </Text>
        <Group>
          <Button
            color="red"
            variant="outline"
            size="xs"
            leftSection={<IconPlayerStop size={14} aria-hidden />}
            loading={cancelling}
            onClick={() => {
              setCancelling(true);
              void call('awards:cancel', { task });
            }}
          >
            取消計算
          </Button>
          <Text size="xs" c="dimmed">
            取消時不會留下任何紀錄。
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}

function OpenRun({ run }: { run: RunSummaryOut }) {
  const detail = useQuery('awards:get', { id: run.id });
  const explain = useDetail<Candidate>();
  const c = run.counts;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {runTitle(run)}的結果
        </Title>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xs">
          <Text size="sm">參數：{parametersText(run)}</Text>
          <Text size="sm">
            全國平均：{hoursText(run.nationalAverage)} 小時（{SOURCE_LABELS[run.parameters.nationalAverageSource]}）
          </Text>
          <Text size="sm">執行者：{run.createdBy}</Text>
          <Text size="sm">
            資料：教師 {formatCount(c.teachers)}、學校 {formatCount(c.schools)}、研習紀錄 {formatCount(c.hourRecords)}、規劃 {formatCount(c.teacherPlans + c.schoolPlans)}
          </Text>
          <Text size="sm">
            獲獎：主管機關 {formatCount(run.awarded.authorities)}、學校 {formatCount(run.awarded.schools)}、教師 {formatCount(run.awarded.teachers)}
          </Text>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            結果雜湊 SHA-256：{run.sha256.slice(0, 16)}…
          </Text>
        </SimpleGrid>
        {detail.error ? <ErrorAlert error={detail.error} onRetry={detail.reload} /> : null}
        {detail.data ? <RunResult runId={run.id} authorities={detail.data.authorities} counts={c} onExplain={explain.open} /> : null}
      </Stack>
      <ExplainDrawer runId={run.id} candidate={explain.row} opened={explain.opened} onClose={explain.close} />
    </Paper>
  );
}
