import { Button, Group, Stepper } from '@mantine/core';
import { IconHistory, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { schoolYearOf } from '../../../main/engine/rocDate.ts';
import type { Output } from '../../../preload/contract.ts';
import { importKind } from '../../../preload/contracts/imports.ts';
import { ApiError, call, useQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { hrefOf, PATHS, useRoute } from '../../state/route.ts';
import { useYear } from '../../state/year.tsx';
import { ChooseFile, type FileChoice } from './ChooseFile.tsx';
import { ImportReportView } from './ImportReportView.tsx';
import type { ImportReport } from './labels.ts';
import { PreviewPanel } from './PreviewPanel.tsx';
import { RunningPanel } from './RunningPanel.tsx';

type Stage =
  | { step: 0 }
  | { step: 1; preview: Output<'imports:preview'> }
  | { step: 2; task: string; fileName: string }
  | { step: 3; report: ImportReport };

const newTask = () => `import-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** 匯入: kind and file → preview → run with progress and cancel → report. */
export function ImportWizardPage() {
  const { params } = useRoute();
  const { year: selectedYear, reload: reloadYears } = useYear();
  const kinds = useQuery('imports:kinds', {});
  const initialKind = importKind.safeParse(params.get('kind'));
  const [form, setForm] = useState<Omit<FileChoice, 'year'> & { year?: number | null }>({
    kind: initialKind.success ? initialKind.data : 'teachers',
    path: '',
  });
  // The year shown in the header until the officer types another one (it may still be loading).
  const choice: FileChoice = { ...form, year: form.year === undefined ? (selectedYear ?? schoolYearOf(new Date())) : form.year };
  const [stage, setStage] = useState<Stage>({ step: 0 });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const change = (patch: Partial<FileChoice>) => {
    setForm((c) => ({ ...c, ...patch }));
    setError(null);
  };

  const preview = async () => {
    setBusy(true);
    setError(null);
    try {
      setStage({ step: 1, preview: await call('imports:preview', { kind: choice.kind, path: choice.path.trim() }) });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const run = async () => {
    if (choice.year === null || stage.step !== 1) return;
    const task = newTask();
    setError(null);
    setStage({ step: 2, task, fileName: stage.preview.fileName });
    try {
      const report = await call('imports:run', { task, kind: choice.kind, path: choice.path.trim(), year: choice.year });
      setStage({ step: 3, report });
      if (report.status === 'landed') reloadYears(choice.year);
    } catch (failure) {
      setError(failure);
      setStage({ step: 0 });
    }
  };

  const again = () => {
    setStage({ step: 0 });
    setForm((c) => ({ ...c, path: '' }));
  };

  return (
    <>
      <PageHeader
        title="匯入資料"
        action={
          <Button component="a" href={hrefOf(PATHS.importHistory)} variant="default" leftSection={<IconHistory size={16} aria-hidden />}>
            匯入紀錄
          </Button>
        }
      />
      <Stepper active={stage.step} size="sm" mb="lg" allowNextStepsSelect={false}>
        <Stepper.Step label="選擇檔案" />
        <Stepper.Step label="預覽" />
        <Stepper.Step label="匯入" />
        <Stepper.Step label="結果" />
      </Stepper>
      {error ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={error} title={error instanceof ApiError && error.code === 'FILE_REFUSED' ? '檔案無法匯入，資料沒有任何變更' : '無法匯入'} />
        </div>
      ) : null}
      {kinds.error ? <ErrorAlert error={kinds.error} onRetry={kinds.reload} /> : null}
      {stage.step === 0 && kinds.data ? (
        <ChooseFile kinds={kinds.data} value={choice} onChange={change} onPreview={preview} busy={busy} onError={(m) => setError(new ApiError('TEMPLATE', m))} />
      ) : null}
      {stage.step === 1 ? <PreviewPanel preview={stage.preview} year={choice.year ?? 0} onBack={() => setStage({ step: 0 })} onRun={run} /> : null}
      {stage.step === 2 ? <RunningPanel task={stage.task} fileName={stage.fileName} /> : null}
      {stage.step === 3 ? (
        <>
          <ImportReportView report={stage.report} onChanged={() => void call('imports:report', { id: stage.report.id }).then((report) => setStage({ step: 3, report }))} />
          <Group mt="lg">
            <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden />} onClick={again}>
              再匯入一個檔案
            </Button>
          </Group>
        </>
      ) : null}
    </>
  );
}
