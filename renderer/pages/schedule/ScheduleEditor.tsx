import { Button, Stack, Text, Tooltip } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import type { Schedule } from '../../../main/engine/schedule.ts';
import type { Output } from '../../../preload/contract.ts';
import { call } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { AuthorityWindowsEditor } from './AuthorityWindowsEditor.tsx';
import { PeriodEditor } from './PeriodEditor.tsx';
import { RollOverButton } from './RollOverButton.tsx';
import { ScheduleStatus } from './ScheduleStatus.tsx';
import { ScheduleTimeline } from './ScheduleTimeline.tsx';
import { TimelineTasksEditor } from './TimelineTasksEditor.tsx';
import { useScheduleDraft } from './useScheduleDraft.ts';
import { WindowsEditor } from './WindowsEditor.tsx';

interface ScheduleEditorProps {
  title: string;
  state: Output<'schedule:get'>;
  schedule: Schedule;
}

export function ScheduleEditor({ title, state: loaded, schedule }: ScheduleEditorProps) {
  const draft = useScheduleDraft(schedule, loaded.authorities);
  const [state, setState] = useState(loaded);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const invalid = draft.violations.length > 0;
  const needsSave = draft.dirty || state.status === 'draft';

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const saved = await call('schedule:save', { schedule: draft.schedule });
      setState(saved);
      if (saved.schedule) draft.reset(saved.schedule, saved.authorities);
      setSavedAt(new Date());
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  const saveHint = invalid ? `還有 ${draft.violations.length} 項問題，修正後才能儲存` : needsSave ? null : '沒有需要儲存的修改';
  const saveButton = (
    <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} disabled={saveHint !== null} loading={saving} onClick={() => void save()}>
      {state.status === 'draft' && !invalid ? '儲存並定案' : '儲存'}
    </Button>
  );
  const rollOverBlocked = state.nextYearHasSchedule
    ? `${state.year + 1} 學年度已經有時程`
    : draft.dirty
      ? '請先儲存或放棄修改：延續的是已儲存的時程'
      : state.violations.length > 0
        ? '已儲存的時程有問題，請先修正'
        : null;

  return (
    <>
      <PageHeader
        title={title}
        action={
          <>
            {draft.dirty ? (
              <Button variant="subtle" color="gray" onClick={() => state.schedule && draft.reset(state.schedule, state.authorities)}>
                放棄修改
              </Button>
            ) : null}
            <RollOverButton year={state.year} blocked={rollOverBlocked} />
            {saveHint ? (
              <Tooltip label={saveHint} withArrow>
                <span>{saveButton}</span>
              </Tooltip>
            ) : (
              saveButton
            )}
          </>
        }
      />
      <Stack gap="lg">
        <ScheduleStatus state={state} violations={draft.violations} dirty={draft.dirty} savedAt={savedAt} />
        {error ? <ErrorAlert error={error} title="沒有儲存" /> : null}
        <ScheduleTimeline schedule={draft.schedule} now={new Date()} />
        <PeriodEditor draft={draft} />
        <WindowsEditor draft={draft} kind="group" />
        <WindowsEditor draft={draft} kind="wave" />
        <AuthorityWindowsEditor draft={draft} />
        <TimelineTasksEditor draft={draft} />
        <Text size="sm" c="dimmed">
          時程也可以匯出成 Excel 活頁簿（學校規劃組別、教師填寫波段、年度工作時程等工作表）修改後再匯入：命令列
          schedule export --year {state.year} --out 檔名.xlsx，以及 schedule import 檔名.xlsx --year {state.year}。
        </Text>
      </Stack>
    </>
  );
}
