import { Alert, Badge, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { Output } from '../../../preload/contract.ts';
import { useQuery } from '../../api.ts';
import { DetailDrawer } from '../../components/DetailDrawer.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatCount } from '../../components/format.ts';
import { hrefOf, PATHS } from '../../state/route.ts';
import type { SchoolRow } from './SchoolsPage.tsx';

type SchoolDetail = Output<'registry:school'>;

interface SchoolDrawerProps {
  school: SchoolRow | null;
  opened: boolean;
  onClose: () => void;
}

const dash = (value: string | null | undefined) => value || '—';

/** A school in full: basic data, principal, contact person, business accounts and teachers. */
export function SchoolDrawer({ school, opened, onClose }: SchoolDrawerProps) {
  const detail = useQuery('registry:school', school && opened ? { id: school.id } : null);
  const d = detail.data?.id === school?.id ? detail.data : undefined;
  return (
    <DetailDrawer
      opened={opened && school !== null}
      onClose={onClose}
      title={school?.name ?? ''}
      size="lg"
      fields={
        school
          ? [
              { label: '學校代碼', value: school.code },
              { label: '校名', value: school.name },
              { label: '主管機關', value: school.authority },
              { label: '學制', value: school.stage },
              { label: '學生數', value: formatCount(school.students) },
              { label: '教師數', value: formatCount(school.teachers) },
            ]
          : []
      }
      footer={
        school ? (
          <Button
            component="a"
            href={hrefOf(PATHS.teachers, { q: school.code })}
            variant="light"
            leftSection={<IconUsers size={16} aria-hidden />}
          >
            查看本校教師
          </Button>
        ) : null
      }
    >
      {detail.error ? <ErrorAlert error={detail.error} onRetry={detail.reload} /> : null}
      {!d && !detail.error ? <Loader size="sm" aria-label="讀取中" /> : null}
      {d ? <SchoolSections detail={d} /> : null}
    </DetailDrawer>
  );
}

function SchoolSections({ detail }: { detail: SchoolDetail }) {
  const hasChiefAccount = detail.accounts.some((a) => a.kind === '總負責人');
  return (
    <Stack gap="lg">
      {detail.activeChiefs === 0 ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title="本校沒有啟用中的總負責人">
          {hasChiefAccount
            ? '本校的總負責人帳號尚未啟用或已停用。每校至少要有一位啟用中的總負責人，請通知學校或由主管機關啟用。'
            : '每校至少要有一位總負責人（由主管機關啟用）。請向學校確認後，匯入更新的業務帳號名冊。'}
        </Alert>
      ) : null}
      <Section title="校長">
        <PersonTable rows={[['姓名', detail.principal.name], ['電話', detail.principal.phone], ['手機', detail.principal.mobile], ['Email', detail.principal.email]]} />
      </Section>
      <Section title="聯絡人">
        <PersonTable
          rows={[['姓名', detail.contact.name], ['職稱', detail.contact.title], ['電話', detail.contact.phone], ['手機', detail.contact.mobile], ['Email', detail.contact.email]]}
        />
      </Section>
      <Section title={`業務帳號（${detail.accounts.length}）`}>
        {detail.accounts.length === 0 ? (
          <Text size="sm" c="dimmed">
            尚未匯入本校的業務帳號。
          </Text>
        ) : (
          <Table aria-label="本校業務帳號" striped verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>類別</Table.Th>
                <Table.Th>帳號</Table.Th>
                <Table.Th>姓名</Table.Th>
                <Table.Th>狀態</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.accounts.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.kind}</Table.Td>
                  <Table.Td>{a.account}</Table.Td>
                  <Table.Td>{a.name}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={a.status === '啟用中' ? 'green' : 'gray'} radius="sm">
                      {a.status}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
      <Section title={`教師（${formatCount(detail.teachers.total)} 位，在職 ${formatCount(detail.teachers.active)} 位）`}>
        <Table aria-label="本校教師" striped verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>姓名</Table.Th>
              <Table.Th>身分證字號</Table.Th>
              <Table.Th>職稱</Table.Th>
              <Table.Th>在職狀態</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.teachers.rows.map((t) => (
              <Table.Tr key={t.id}>
                <Table.Td>{t.name}</Table.Td>
                <Table.Td>{t.maskedId}</Table.Td>
                <Table.Td>{dash(t.jobTitle)}</Table.Td>
                <Table.Td>{t.employmentStatus}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {detail.teachers.total > detail.teachers.rows.length ? (
          <Text size="sm" c="dimmed">
            只列出前 {formatCount(detail.teachers.rows.length)} 位，完整名單請按「查看本校教師」。
          </Text>
        ) : null}
      </Section>
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={6}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function PersonTable({ rows }: { rows: Array<[string, string | null]> }) {
  return (
    <Group gap="xl" wrap="wrap">
      {rows.map(([label, value]) => (
        <Stack key={label} gap={0}>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text size="sm">{dash(value)}</Text>
        </Stack>
      ))}
    </Group>
  );
}
