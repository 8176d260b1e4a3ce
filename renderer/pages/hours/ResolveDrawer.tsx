import { Alert, Badge, Button, Group, Modal, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { formatRocDate } from '../../../main/engine/rocDate.ts';
import type { Input, Output } from '../../../preload/contract.ts';
import { call, errorMessage, useQuery } from '../../api.ts';
import { DetailDrawer } from '../../components/DetailDrawer.tsx';
import { formatHours } from './format.ts';

export type PendingRow = Output<'hours:pending'>['rows'][number];
type Resolution = Input<'hours:resolve'>['resolution'];

/** What an officer is told after a choice: whose total changed, from what to what. */
export interface ResolveOutcome {
  text: string;
}

export const REASON_LABELS: Record<PendingRow['reason'], string> = {
  unmatched: '找不到教師',
  ambiguous: '同名教師',
  'no-classification': '缺課程類別',
  'bad-classification': '課程類別有誤',
};

interface ResolveDrawerProps {
  year: number;
  row: PendingRow | null;
  opened: boolean;
  onClose: () => void;
  onResolved: (outcome: ResolveOutcome) => void;
}

/** One waiting row in full, and the choice it needs: a teacher, a classification, or leave it out. */
export function ResolveDrawer({ year, row, opened, onClose, onResolved }: ResolveDrawerProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDismiss, setConfirmDismiss] = useState(false);

  const resolve = async (resolution: Resolution, describe: (result: Output<'hours:resolve'>) => Promise<string>) => {
    if (!row) return;
    setBusy(true);
    setError(null);
    try {
      const result = await call('hours:resolve', { pendingId: row.id, resolution });
      onResolved({ text: await describe(result) });
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const chooseTeacher = (c: Output<'hours:candidates'>[number]) =>
    resolve({ kind: 'teacher', teacherId: c.teacherId }, async (result) => {
      const after = await call('hours:teacher', { teacherId: c.teacherId });
      return `已歸入 ${c.name}（${c.school}）：${result.placed} 筆紀錄，總時數 ${formatHours(c.totalHours)} → ${formatHours(after.totalHours)} 小時。`;
    });

  return (
    <DetailDrawer
      opened={opened && row !== null}
      onClose={onClose}
      size="xl"
      title={row ? `待確認：${row.name}` : '待確認'}
      fields={
        row
          ? [
              { label: '原因', value: <Badge color="orange" variant="light">{REASON_LABELS[row.reason]}</Badge> },
              { label: '姓名', value: row.name },
              { label: '身分證字號', value: row.maskedId ?? '（檔案沒有）' },
              { label: '學校', value: [row.schoolCode, row.schoolName].filter(Boolean).join(' ') || '（檔案沒有）' },
              { label: '課程', value: `${row.courseCode} ${row.courseName ?? ''}` },
              { label: '課程類別', value: row.categoryText ?? '（檔案沒有）' },
              { label: '日期', value: formatRocDate(row.date) },
              { label: '時數', value: formatHours(row.hours) },
              { label: '來源', value: `${row.fileName ?? '示範資料'} 第 ${row.row} 列` },
            ]
          : []
      }
    >
      {row ? (
        <Stack gap="md">
          <Alert color="orange" title="為什麼需要確認">
            {row.detail}
          </Alert>
          {error ? (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          ) : null}
          {row.teacher === null ? (
            <Candidates key={row.id} pendingId={row.id} busy={busy} onChoose={chooseTeacher} />
          ) : (
            <ClassificationChoice
              key={row.id}
              year={year}
              row={row}
              busy={busy}
              onChoose={(code) =>
                resolve({ kind: 'classification', code }, async (result) => `課程 ${row.courseCode} 的類別設為 ${code}：${result.placed} 筆紀錄已歸入教師。`)
              }
            />
          )}
          <Group justify="flex-end">
            <Button variant="subtle" color="gray" onClick={() => setConfirmDismiss(true)} disabled={busy}>
              略過這一列
            </Button>
          </Group>
          <Modal opened={confirmDismiss} onClose={() => setConfirmDismiss(false)} title="略過這一列？" centered>
            <Stack>
              <Text size="sm">這一列不會成為任何教師的研習時數；以後匯入同樣的列（同一姓名、學校與課程）也會略過。這個決定會記錄下來。</Text>
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setConfirmDismiss(false)}>
                  取消
                </Button>
                <Button
                  color="red"
                  onClick={() => {
                    setConfirmDismiss(false);
                    void resolve({ kind: 'dismiss' }, async () => `已略過 ${row.name} 的課程 ${row.courseCode}。`);
                  }}
                >
                  略過
                </Button>
              </Group>
            </Stack>
          </Modal>
        </Stack>
      ) : null}
    </DetailDrawer>
  );
}

function Candidates({ pendingId, busy, onChoose }: { pendingId: number; busy: boolean; onChoose: (c: Output<'hours:candidates'>[number]) => void }) {
  const [q, setQ] = useState('');
  const [search] = useDebouncedValue(q.trim(), 250);
  const candidates = useQuery('hours:candidates', { pendingId, q: search });
  const rows = candidates.data ?? [];
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        選擇教師
      </Title>
      <Text size="sm" c="dimmed">
        下列是同一學年度同名的教師（同校的排在前面）。也可以輸入姓名的一部分，或完整的身分證字號搜尋。選定後，檔案中寫法相同的列都會歸入這位教師。
      </Text>
      <TextInput aria-label="搜尋教師" placeholder="姓名或完整身分證字號" leftSection={<IconSearch size={16} aria-hidden />} value={q} onChange={(e) => setQ(e.currentTarget.value)} w={300} />
      {rows.length === 0 && !candidates.loading ? (
        <Text size="sm">找不到教師。請換個關鍵字，或匯入更新的教師名冊後到「待確認」按「依最新名冊重新比對」。</Text>
      ) : (
        <Table aria-label="候選教師" striped verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>姓名</Table.Th>
              <Table.Th>身分證字號</Table.Th>
              <Table.Th>學校</Table.Th>
              <Table.Th>主管機關</Table.Th>
              <Table.Th ta="right">目前總時數</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c) => (
              <Table.Tr key={c.teacherId}>
                <Table.Td>
                  {c.name} {c.sameSchool ? <Badge size="xs" variant="light">同校</Badge> : c.sameAuthority ? <Badge size="xs" variant="light" color="gray">同主管機關</Badge> : null}
                </Table.Td>
                <Table.Td>{c.maskedId}</Table.Td>
                <Table.Td>
                  {c.schoolCode} {c.school}
                </Table.Td>
                <Table.Td>{c.authority}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatHours(c.totalHours)}
                </Table.Td>
                <Table.Td>
                  <Button size="xs" onClick={() => onChoose(c)} loading={busy} aria-label={`選擇 ${c.name}（${c.school}，${c.maskedId}）`}>
                    選這位
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function ClassificationChoice({ year, row, busy, onChoose }: { year: number; row: PendingRow; busy: boolean; onChoose: (code: string) => void }) {
  const tree = useQuery('classification:tree', { year });
  const [code, setCode] = useState<string | null>(null);
  const options = (tree.data?.items ?? []).filter((i) => i.depth === 3).map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }));
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        選擇課程類別
      </Title>
      <Text size="sm" c="dimmed">
        教師已確定（{row.teacher?.name}，{row.teacher?.school}）。選定的類別會記入課程 {row.courseCode} 的課程清單，這門課所有等待類別的列都會一併歸入。
      </Text>
      <Group align="flex-end">
        <Select label="課程類別" placeholder="選擇細項" data={options} value={code} onChange={setCode} searchable w={360} />
        <Button onClick={() => code && onChoose(code)} disabled={code === null} loading={busy}>
          套用類別
        </Button>
      </Group>
    </Stack>
  );
}
