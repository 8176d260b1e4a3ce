import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserMinus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Output } from '../../../preload/contract.ts';
import { call, errorMessage, useQuery } from '../../api.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatCount } from '../../components/format.ts';
import { PAGE_SIZE } from '../../components/useListState.ts';

type Missing = Output<'imports:missing'>['rows'][number];
type LeftStatus = '離職' | '轉校' | '退休';
const LEFT_STATUSES: LeftStatus[] = ['離職', '轉校', '退休'];
const FIXED_SORT = { by: 'school', dir: 'asc' } as const;

/**
 * Teachers of the covered schools who are not in the new roster. Nothing happened to them; the
 * officer may mark the chosen ones as left, after a confirmation — never silently.
 */
export function MissingTeachers({ importId, onChanged }: { importId: number; onChanged: () => void }) {
  const [page, setPage] = useState(1);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [status, setStatus] = useState<LeftStatus>('離職');
  const [confirming, confirm] = useDisclosure(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const query = useQuery('imports:missing', { id: importId, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } });
  const rows = query.data?.rows ?? [];
  const open = rows.filter((r) => r.employmentStatus === '在職');

  const toggle = (id: number, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const columns: Column<Missing, 'school'>[] = [
    {
      key: 'pick',
      label: '選取',
      render: (r) => (
        <Checkbox
          aria-label={`選取 ${r.name}`}
          checked={chosen.has(r.teacherId)}
          disabled={r.employmentStatus !== '在職'}
          onChange={(event) => toggle(r.teacherId, event.currentTarget.checked)}
        />
      ),
    },
    { key: 'name', label: '姓名', render: (r) => r.name },
    { key: 'id', label: '身分證字號', render: (r) => r.maskedId },
    { key: 'school', label: '學校', render: (r) => `${r.schoolCode} ${r.school}` },
    { key: 'status', label: '目前在職狀態', render: (r) => r.employmentStatus },
  ];

  const mark = async () => {
    setBusy(true);
    try {
      const result = await call('registry:confirmLeft', { importId, teacherIds: [...chosen], status });
      setMessage({ ok: true, text: `已將 ${formatCount(result.marked)} 位教師標記為「${status}」${result.skipped ? `，${formatCount(result.skipped)} 位已不是在職而略過` : ''}。` });
      setChosen(new Set());
      query.reload();
      onChanged();
    } catch (error) {
      setMessage({ ok: false, text: errorMessage(error) });
    } finally {
      setBusy(false);
      confirm.close();
    }
  };

  return (
    <Stack gap="sm">
      <Text size="sm">
        這些教師任教的學校出現在新名冊中，但他們本人沒有出現。資料沒有任何變更；若確定已離開，請勾選後標記。
      </Text>
      {message ? (
        <Alert color={message.ok ? 'green' : 'red'} variant="light" role="status" withCloseButton onClose={() => setMessage(null)}>
          {message.text}
        </Alert>
      ) : null}
      <Group gap="sm">
        <Button variant="default" size="xs" onClick={() => setChosen(new Set([...chosen, ...open.map((r) => r.teacherId)]))} disabled={open.length === 0}>
          全選本頁
        </Button>
        <Button variant="default" size="xs" onClick={() => setChosen(new Set())} disabled={chosen.size === 0}>
          取消選取
        </Button>
        <Select aria-label="標記為" data={LEFT_STATUSES} value={status} onChange={(v) => setStatus(LEFT_STATUSES.find((s) => s === v) ?? '離職')} allowDeselect={false} w={110} size="xs" />
        <Button size="xs" color="orange" leftSection={<IconUserMinus size={14} aria-hidden />} disabled={chosen.size === 0} onClick={confirm.open}>
          標記選取的 {formatCount(chosen.size)} 位
        </Button>
      </Group>
      <DataTable
        label="未出現在新名冊的教師"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.teacherId}
        total={query.data?.total ?? null}
        loading={query.loading}
        error={query.error}
        onRetry={query.reload}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
        sort={FIXED_SORT}
        onSortChange={() => {}}
        empty={<EmptyState title="沒有未出現在新名冊的教師" description="新名冊涵蓋的學校，原有教師都還在名冊中。" />}
      />
      <Modal opened={confirming} onClose={confirm.close} title="確認標記在職狀態" centered>
        <Stack>
          <Text>
            將選取的 {formatCount(chosen.size)} 位教師標記為「{status}」？他們的在職狀態會改變，並留下確認紀錄；教師資料不會刪除。
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              取消
            </Button>
            <Button color="orange" loading={busy} onClick={mark}>
              確認標記為「{status}」
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
