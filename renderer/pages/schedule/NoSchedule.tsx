import { Button, Group, Stack } from '@mantine/core';
import { IconCalendarPlus, IconDatabaseImport } from '@tabler/icons-react';
import { useState } from 'react';
import { call, useQuery } from '../../api.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { yearLabel } from '../../state/year.tsx';

interface NoScheduleProps {
  year: number;
  /** The sources cover this year: its built-in schedule can be used. */
  builtIn: boolean;
  onCreated: () => void;
}

/** A year without a schedule: start from the built-in one or from last year's. */
export function NoSchedule({ year, builtIn, onCreated }: NoScheduleProps) {
  const previous = useQuery('schedule:get', { year: year - 1 });
  const canRollOver = previous.data?.schedule != null && !previous.data.nextYearHasSchedule;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      onCreated();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const ways = [
    builtIn ? `使用程式內建的 ${yearLabel(year)}時程（依當年度實施計畫與公告）` : null,
    canRollOver ? `由 ${yearLabel(year - 1)}的時程延續（日期各加一年，再逐項調整）` : null,
    '以時程活頁簿匯入（命令列：schedule import 檔案.xlsx --year ' + year + '）',
  ].filter((w): w is string => w !== null);

  return (
    <Stack gap="md">
      <EmptyState
        title={`${yearLabel(year)}還沒有時程`}
        description={`各主管機關的學校規劃與教師填寫期間都記在時程裡。可以：${ways.join('；')}。`}
        action={
          <Group gap="sm" justify="center">
            {builtIn ? (
              <Button leftSection={<IconDatabaseImport size={16} aria-hidden />} loading={busy} onClick={() => void run(() => call('schedule:createBuiltIn', { year }))}>
                使用內建時程
              </Button>
            ) : null}
            {canRollOver ? (
              <Button
                variant={builtIn ? 'default' : 'filled'}
                leftSection={<IconCalendarPlus size={16} aria-hidden />}
                loading={busy}
                onClick={() => void run(() => call('schedule:rollOver', { year: year - 1 }))}
              >
                由 {year - 1} 學年度延續
              </Button>
            ) : null}
          </Group>
        }
      />
      {error ? <ErrorAlert error={error} title="沒有建立時程" /> : null}
    </Stack>
  );
}
