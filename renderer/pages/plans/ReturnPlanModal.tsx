import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { PlanKindName } from '../../../preload/contracts/plans.ts';
import { call, errorMessage } from '../../api.ts';

interface ReturnPlanModalProps {
  opened: boolean;
  kind: PlanKindName;
  id: number;
  /** Whose plan, for the confirmation. */
  who: string;
  onClose: () => void;
  onReturned: () => void;
}

/** 退回修改 asks for a reason and a confirmation: a returned plan stops counting as filed. */
export function ReturnPlanModal({ opened, kind, id, who, onClose, onReturned }: ReturnPlanModalProps) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('plans:return', { kind, id, reason: reason.trim() });
      setReason('');
      onReturned();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title="退回修改" closeButtonProps={{ 'aria-label': '關閉' }}>
      <Stack gap="sm">
        <Text size="sm">
          確定要退回 {who} 的規劃嗎？退回後視同未完成填報，不計入期限內送出，直到重新送出為止；這項操作會記錄在狀態紀錄中。
        </Text>
        <Textarea
          label="退回原因"
          description="必填，會顯示在狀態紀錄中"
          required
          autosize
          minRows={3}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          data-autofocus
        />
        {error ? <Alert color="red" role="alert">{error}</Alert> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>取消</Button>
          <Button color="red" onClick={submit} loading={busy} disabled={reason.trim() === ''}>確認退回</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
