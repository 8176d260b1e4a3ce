import { Anchor, Paper, Table, Title } from '@mantine/core';
import { formatCount } from '../../components/format.ts';
import { hrefOf, PATHS } from '../../state/route.ts';

interface AuthorityRow {
  authority: string;
  schools: number;
  teachers: number;
}

const NUMERIC = { fontVariantNumeric: 'tabular-nums' } as const;

/** Schools and teachers of each authority (at most the 23 of a year, so it is not paged). */
export function AuthorityTable({ rows }: { rows: AuthorityRow[] }) {
  const schools = rows.reduce((sum, r) => sum + r.schools, 0);
  const teachers = rows.reduce((sum, r) => sum + r.teachers, 0);
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        各主管機關學校與教師
      </Title>
      <Table aria-label="各主管機關學校與教師" verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>主管機關</Table.Th>
            <Table.Th ta="right">學校數</Table.Th>
            <Table.Th ta="right">教師數</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.authority}>
              <Table.Td>{row.authority}</Table.Td>
              <Table.Td ta="right" style={NUMERIC}>
                <Anchor href={hrefOf(PATHS.schools, { authority: row.authority })} aria-label={`${row.authority}的學校 ${formatCount(row.schools)} 所`}>{formatCount(row.schools)}</Anchor>
              </Table.Td>
              <Table.Td ta="right" style={NUMERIC}>
                <Anchor href={hrefOf(PATHS.teachers, { authority: row.authority })} aria-label={`${row.authority}的教師 ${formatCount(row.teachers)} 人`}>{formatCount(row.teachers)}</Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Td>合計</Table.Td>
            <Table.Td ta="right" style={NUMERIC}>
              {formatCount(schools)}
            </Table.Td>
            <Table.Td ta="right" style={NUMERIC}>
              {formatCount(teachers)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Paper>
  );
}
