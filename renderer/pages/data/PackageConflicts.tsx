import { ScrollArea, Table } from '@mantine/core';
import type { PackageInspection } from '../../../preload/contracts/packages.ts';

/** Teachers rostered both in the package and in another authority here: masked IDs only. */
export function PackageConflicts({ rows }: { rows: PackageInspection['conflicts'] }) {
  return (
    <ScrollArea.Autosize mah={320}>
      <Table striped highlightOnHover fz="sm" aria-label="重複列冊的教師">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>身分證字號</Table.Th>
            <Table.Th>姓名</Table.Th>
            <Table.Th>資料包中的學校</Table.Th>
            <Table.Th>本機的主管機關</Table.Th>
            <Table.Th>本機的學校</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((c, i) => (
            <Table.Tr key={`${c.maskedId}-${i}`}>
              <Table.Td style={{ fontFamily: 'monospace' }}>{c.maskedId}</Table.Td>
              <Table.Td>{c.name}</Table.Td>
              <Table.Td>{c.packageSchool}</Table.Td>
              <Table.Td>{c.existingAuthority}</Table.Td>
              <Table.Td>{c.existingSchool}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
