import { Alert, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { PlanDetail } from '../../../preload/contracts/plans.ts';
import { hoursText, percent } from './format.ts';

const NUMERIC = { fontVariantNumeric: 'tabular-nums' } as const;

/**
 * Planned hours as entered on detail items, rolled up to sub-items and the six domains; codes the
 * year's classification cannot place are listed apart with their hours, never folded in.
 */
export function HoursTree({ hours }: { hours: PlanDetail['hours'] }) {
  const rows: { code: string; name: string; hours: number; depth: number; share?: number | null }[] = [];
  for (const d of hours.domains) {
    rows.push({ ...d, depth: 1 });
    for (const s of hours.subItems.filter((x) => x.code.startsWith(`${d.code}-`))) {
      rows.push({ ...s, depth: 2 });
      for (const x of hours.details.filter((y) => y.code.startsWith(`${s.code}-`))) rows.push({ ...x, depth: 3 });
    }
  }
  return (
    <>
      <Table aria-label="研習主題規劃時數" verticalSpacing={2} fz="sm" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>課程類別</Table.Th>
            <Table.Th ta="right">規劃時數</Table.Th>
            <Table.Th ta="right">比例</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.code}>
              <Table.Td style={{ paddingLeft: `${(r.depth - 1) * 1.5 + 0.5}rem` }} fw={r.depth === 1 ? 600 : 400}>
                {r.code} {r.name}
              </Table.Td>
              <Table.Td ta="right" style={NUMERIC}>{hoursText(r.hours)}</Table.Td>
              <Table.Td ta="right" style={NUMERIC}>{r.depth === 1 ? percent(r.share) : ''}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td fw={700}>合計</Table.Td>
            <Table.Td ta="right" fw={700} style={NUMERIC}>{hoursText(hours.total)}</Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {hours.problems.length > 0 ? (
        <Alert color="orange" mt="sm" icon={<IconAlertTriangle aria-hidden />} title={`有 ${hours.problems.length} 筆時數無法歸類（共 ${hoursText(hours.unplacedHours)}，未計入合計）`}>
          {hours.problems.map((p) => <Text size="sm" key={p.code}>{p.message}（{hoursText(p.hours)}）</Text>)}
        </Alert>
      ) : null}
    </>
  );
}
