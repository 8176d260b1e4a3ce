import { Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowsDiff } from '@tabler/icons-react';
import type { RunSummaryOut } from '../../../preload/contracts/awards.ts';
import { formatCount } from '../../components/format.ts';
import { hoursText, percentText, rocTime, SOURCE_LABELS } from './labels.ts';

interface RunsListProps {
  runs: RunSummaryOut[];
  openId: number | null;
  compareId: number | null;
  onOpen: (id: number) => void;
  onCompare: (id: number | null) => void;
}

export function runTitle(run: RunSummaryOut): string {
  return `第 ${run.id} 次（${rocTime(run.createdAt)}）`;
}

export function parametersText(run: RunSummaryOut): string {
  const p = run.parameters;
  return `組距 ${p.classWidth}、起點 ${p.classOrigin}、PR 門檻 ${p.threshold}、填報率門檻 ${percentText(p.fillRateThreshold, 0)}`;
}

/** The year's earlier runs, newest first: open one, or pick one to compare the open run with. */
export function RunsList({ runs, openId, compareId, onOpen, onCompare }: RunsListProps) {
  const others = runs.filter((r) => r.id !== openId);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Title order={2} size="h4">
            計算紀錄
          </Title>
          {openId !== null && others.length > 0 ? (
            <Select
              label="與另一次計算比較"
              placeholder="選擇較早（或另一次）的計算"
              leftSection={<IconArrowsDiff size={16} aria-hidden />}
              data={others.map((r) => ({ value: String(r.id), label: `${runTitle(r)} PR 門檻 ${r.parameters.threshold}` }))}
              value={compareId === null ? null : String(compareId)}
              onChange={(v) => onCompare(v === null ? null : Number(v))}
              clearable
              w={360}
            />
          ) : null}
        </Group>
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover aria-label="計算紀錄" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>計算</Table.Th>
                <Table.Th>執行者</Table.Th>
                <Table.Th>參數</Table.Th>
                <Table.Th ta="right">全國平均（小時）</Table.Th>
                <Table.Th ta="right">獲獎：主管機關／學校／教師</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.map((r) => (
                <Table.Tr key={r.id} aria-current={r.id === openId ? 'true' : undefined}>
                  <Table.Td>
                    {runTitle(r)} {r.id === openId ? <Badge size="sm">開啟中</Badge> : null}
                    {r.id === compareId ? <Badge size="sm" color="grape" ml={4}>比較對象</Badge> : null}
                  </Table.Td>
                  <Table.Td>{r.createdBy}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{parametersText(r)}</Text>
                  </Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {hoursText(r.nationalAverage)}
                    <Text size="xs" c="dimmed">
                      {SOURCE_LABELS[r.parameters.nationalAverageSource]}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {formatCount(r.awarded.authorities)}／{formatCount(r.awarded.schools)}／{formatCount(r.awarded.teachers)}
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="light" onClick={() => onOpen(r.id)} disabled={r.id === openId} aria-label={`開啟${runTitle(r)}`}>
                      開啟
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
