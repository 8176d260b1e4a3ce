import { Button, Group, List, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { call } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useYear, yearLabel } from '../../state/year.tsx';

interface RollOverButtonProps {
  year: number;
  /** Why the button cannot be used now; null when it can. */
  blocked: string | null;
}

/** Next year's schedule as a draft of this one, after the officer confirms what will happen. */
export function RollOverButton({ year, blocked }: RollOverButtonProps) {
  const [opened, modal] = useDisclosure(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { reload } = useYear();
  const next = year + 1;

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const created = await call('schedule:rollOver', { year });
      modal.close();
      reload(created.year);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const button = (
    <Button variant="default" leftSection={<IconCalendarPlus size={16} aria-hidden />} disabled={blocked !== null} onClick={modal.open}>
      延續到 {next} 學年度
    </Button>
  );
  return (
    <>
      {blocked ? (
        <Tooltip label={blocked} withArrow>
          <span>{button}</span>
        </Tooltip>
      ) : (
        button
      )}
      <Modal opened={opened} onClose={modal.close} title={`建立 ${yearLabel(next)}時程草稿`} centered size="lg">
        <Stack gap="md">
          <Text>將以 {yearLabel(year)}已儲存的時程，建立 {yearLabel(next)}的草稿：</Text>
          <List spacing={4}>
            <List.Item>所有日期各加一年，開放與截止的時刻不變。</List.Item>
            <List.Item>學校規劃組別、教師填寫波段與主管機關自訂期間都相同。</List.Item>
            <List.Item>年度工作時程照抄，全部標為未完成。</List.Item>
            <List.Item>若還沒有 {yearLabel(next)}，會一併建立，並複製 {yearLabel(year)}的主管機關名單（學校與教師名冊不複製）。</List.Item>
          </List>
          <Text fw={600}>日期加一年後星期會改變，請在草稿中逐項確認後按「儲存」定案。</Text>
          {error ? <ErrorAlert error={error} title="沒有建立草稿" /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={modal.close} disabled={busy}>
              取消
            </Button>
            <Button onClick={() => void confirm()} loading={busy}>
              建立草稿
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
