import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconEye, IconEyeOff, IconSchool } from '@tabler/icons-react';
import { useState } from 'react';
import { formatRocDateTime } from '../../../main/engine/rocDate.ts';
import { call, errorMessage, useQuery } from '../../api.ts';
import { DetailDrawer } from '../../components/DetailDrawer.tsx';
import { hrefOf, PATHS } from '../../state/route.ts';
import type { TeacherRow } from './TeachersPage.tsx';

interface TeacherDrawerProps {
  teacher: TeacherRow | null;
  opened: boolean;
  onClose: () => void;
}

/** A teacher in full; the national ID stays masked unless the officer asks to see it. */
export function TeacherDrawer({ teacher, opened, onClose }: TeacherDrawerProps) {
  const detail = useQuery('registry:teacher', teacher && opened ? { id: teacher.id } : null);
  const d = detail.data?.id === teacher?.id ? detail.data : undefined;
  return (
    <DetailDrawer
      opened={opened && teacher !== null}
      onClose={onClose}
      title={teacher?.name ?? ''}
      fields={
        teacher
          ? [
              { label: '姓名', value: teacher.name },
              // Keyed by teacher: a revealed number never carries over to the next teacher opened.
              { label: '身分證字號', value: <NationalId key={`${teacher.id}-${opened}`} teacherId={teacher.id} masked={teacher.maskedId} /> },
              { label: '學校代碼', value: teacher.schoolCode },
              { label: '學校', value: teacher.school },
              { label: '主管機關', value: teacher.authority },
              { label: '學制', value: teacher.stage },
              { label: '職稱', value: teacher.jobTitle ?? '—' },
              { label: '任教科目', value: d?.subjects ?? '—' },
              { label: '帳號狀態', value: teacher.accountStatus },
              { label: '在職狀態', value: d?.employmentStatus ?? teacher.employmentStatus },
            ]
          : []
      }
      footer={
        teacher ? (
          <Button
            component="a"
            href={hrefOf(PATHS.schools, { q: teacher.schoolCode })}
            variant="light"
            leftSection={<IconSchool size={16} aria-hidden />}
          >
            查看任教學校
          </Button>
        ) : null
      }
    >
      {d && d.departures.length > 0 ? (
        <Stack gap={4}>
          <Title order={3} size="h5">
            在職狀態異動
          </Title>
          {d.departures.map((x) => (
            <Text size="sm" key={`${x.confirmedAt}-${x.status}`}>
              {formatRocDateTime(x.confirmedAt)}　{x.previousStatus} → {x.status}
              {x.importFile ? `（依匯入「${x.importFile}」確認）` : ''}
            </Text>
          ))}
        </Stack>
      ) : null}
    </DetailDrawer>
  );
}

function NationalId({ teacherId, masked }: { teacherId: number; masked: string }) {
  const [full, setFull] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reveal = async () => {
    setBusy(true);
    setError(null);
    try {
      setFull((await call('registry:revealNationalId', { id: teacherId })).nationalId);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Text component="span" ff="monospace" aria-live="polite">
          {full ?? masked}
        </Text>
        {full ? (
          <Button size="compact-xs" variant="subtle" leftSection={<IconEyeOff size={14} aria-hidden />} onClick={() => setFull(null)}>
            隱藏
          </Button>
        ) : (
          <Button size="compact-xs" variant="subtle" leftSection={<IconEye size={14} aria-hidden />} loading={busy} onClick={reveal}>
            顯示身分證字號
          </Button>
        )}
      </Group>
      {error ? (
        <Text size="xs" c="red">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
