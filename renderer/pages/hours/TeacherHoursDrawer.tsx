import { Group, Progress, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { formatRocDate } from '../../../main/engine/rocDate.ts';
import { useQuery } from '../../api.ts';
import { DetailDrawer } from '../../components/DetailDrawer.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { DOMAIN_KEYS, formatHours, useDomainNames } from './format.ts';

interface TeacherHoursDrawerProps {
  teacherId: number | null;
  opened: boolean;
  onClose: () => void;
}

/** One teacher's year: the courses attended, hours by domain and the total (from the kept totals). */
export function TeacherHoursDrawer({ teacherId, opened, onClose }: TeacherHoursDrawerProps) {
  const detail = useQuery('hours:teacher', teacherId !== null && opened ? { teacherId } : null);
  const d = detail.data?.teacher.id === teacherId ? detail.data : undefined;
  const domains = useDomainNames(d?.teacher.year ?? null);
  return (
    <DetailDrawer
      opened={opened && teacherId !== null}
      onClose={onClose}
      size="xl"
      title={d ? `${d.teacher.name}的研習時數` : '研習時數'}
      fields={
        d
          ? [
              { label: '姓名', value: d.teacher.name },
              { label: '身分證字號', value: d.teacher.maskedId },
              { label: '學校', value: `${d.teacher.schoolCode} ${d.teacher.school}` },
              { label: '主管機關', value: d.teacher.authority },
              { label: '學年度', value: `${d.teacher.year} 學年度` },
              { label: '總時數', value: <Text fw={700} data-testid="teacher-total-hours">{formatHours(d.totalHours)} 小時（{d.records} 門課程）</Text> },
            ]
          : []
      }
    >
      {detail.error ? <ErrorAlert error={detail.error} onRetry={detail.reload} /> : null}
      {d ? (
        <Stack gap="md">
          <Stack gap={6} aria-label="各向度時數" role="group">
            <Title order={3} size="h5">
              各向度時數
            </Title>
            {DOMAIN_KEYS.map((k) => (
              <Group key={k} gap="sm" wrap="nowrap">
                <Text size="sm" w="12em" truncate title={domains[k]}>
                  {k}. {domains[k]}
                </Text>
                <Progress value={d.totalHours > 0 ? (100 * d.byDomain[k]) / d.totalHours : 0} w={160} aria-hidden />
                <Text size="sm" ta="right" w="5em" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatHours(d.byDomain[k])}
                </Text>
              </Group>
            ))}
          </Stack>
          <Title order={3} size="h5">
            研習課程（{d.courses.length}）
          </Title>
          {d.courses.length === 0 ? (
            <Text c="dimmed" size="sm">
              這個學年度還沒有研習時數紀錄。
            </Text>
          ) : (
            <ScrollArea.Autosize mah={420}>
              <Table striped aria-label="研習課程" verticalSpacing={4} fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>日期</Table.Th>
                    <Table.Th>課程代碼</Table.Th>
                    <Table.Th>課程名稱</Table.Th>
                    <Table.Th>課程類別</Table.Th>
                    <Table.Th ta="right">時數</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.courses.map((c) => (
                    <Table.Tr key={c.courseCode}>
                      <Table.Td>{formatRocDate(c.date)}</Table.Td>
                      <Table.Td>{c.courseCode}</Table.Td>
                      <Table.Td>{c.courseName ?? '—'}</Table.Td>
                      <Table.Td title={c.categoryName ?? '不在本學年度的課程分類中'}>
                        {c.category}
                        {c.categoryName ? ` ${c.categoryName}` : '（不在本學年度分類）'}
                      </Table.Td>
                      <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {formatHours(c.hours)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          )}
        </Stack>
      ) : null}
    </DetailDrawer>
  );
}
