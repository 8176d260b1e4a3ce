import { Table, Text } from '@mantine/core';
import type { PlanDetail } from '../../../preload/contracts/plans.ts';

const RANK_NAMES = ['第一順位', '第二順位', '第三順位', '第四順位', '第五順位', '第六順位'];

/** The needs as the teacher ranked them (seed 002 step 2); a blank rank shows as 未填. */
export function NeedsView({ needs }: { needs: PlanDetail['needs'] }) {
  const rows: { label: string; ranks: (string | null)[]; other?: string | null }[] = [
    { label: '進修方式', ranks: needs.modes },
    { label: '進修時間', ranks: needs.times, other: needs.timeOther },
    { label: '進修地點', ranks: needs.places, other: needs.placeOther },
  ];
  const blank = <Text span c="dimmed" size="sm">未填</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder withColumnBorders aria-label="研習需求" verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>項目</Table.Th>
            {RANK_NAMES.map((r) => <Table.Th key={r}>{r}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Th scope="row">{row.label}</Table.Th>
              {RANK_NAMES.map((rank, i) => (
                <Table.Td key={rank}>{i < row.ranks.length ? (row.ranks[i] ?? blank) : null}</Table.Td>
              ))}
            </Table.Tr>
          ))}
          {rows.filter((r) => r.other).map((row) => (
            <Table.Tr key={`${row.label}-other`}>
              <Table.Th scope="row">{row.label}其他</Table.Th>
              <Table.Td colSpan={6}>{row.other}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">主要進修階層</Table.Th>
            <Table.Td colSpan={6}>{needs.level ?? blank}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">主要實施方式</Table.Th>
            <Table.Td colSpan={6}>{needs.method ?? blank}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
