import { Anchor, Paper, Progress, Table, Title } from '@mantine/core';
import { STAGES } from '../../../main/engine/vocabulary.ts';
import { formatCount } from '../../components/format.ts';
import { hrefOf, PATHS } from '../../state/route.ts';

interface StageRow {
  stage: string;
  schools: number;
  teachers: number;
}

const NUMERIC = { fontVariantNumeric: 'tabular-nums' } as const;

function stageOrder(stage: string): number {
  const index = STAGES.findIndex((s) => s === stage);
  return index === -1 ? STAGES.length : index;
}

/** Schools and teachers of each stage, in the vocabulary's order, with each stage's share of teachers. */
export function StageTable({ rows }: { rows: StageRow[] }) {
  const sorted = [...rows].sort((a, b) => stageOrder(a.stage) - stageOrder(b.stage));
  const totalTeachers = rows.reduce((sum, r) => sum + r.teachers, 0);
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        各學制學校與教師
      </Title>
      <Table aria-label="各學制學校與教師" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>學制</Table.Th>
            <Table.Th ta="right">學校數</Table.Th>
            <Table.Th ta="right">教師數</Table.Th>
            <Table.Th w="30%">教師占比</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => {
            const share = totalTeachers === 0 ? 0 : (row.teachers / totalTeachers) * 100;
            return (
              <Table.Tr key={row.stage}>
                <Table.Td>{row.stage}</Table.Td>
                <Table.Td ta="right" style={NUMERIC}>
                  <Anchor href={hrefOf(PATHS.schools, { stage: row.stage })} aria-label={`${row.stage}學校 ${formatCount(row.schools)} 所`}>
                    {formatCount(row.schools)}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right" style={NUMERIC}>
                  <Anchor href={hrefOf(PATHS.teachers, { stage: row.stage })} aria-label={`${row.stage}教師 ${formatCount(row.teachers)} 人`}>{formatCount(row.teachers)}</Anchor>
                </Table.Td>
                <Table.Td>
                  <Progress value={share} size="lg" aria-label={`${row.stage}教師占 ${share.toFixed(1)}%`} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
