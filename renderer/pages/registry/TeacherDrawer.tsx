import { Button } from '@mantine/core';
import { IconSchool } from '@tabler/icons-react';
import { DetailDrawer } from '../../components/DetailDrawer.tsx';
import { hrefOf, PATHS } from '../../state/route.ts';
import type { TeacherRow } from './TeachersPage.tsx';

interface TeacherDrawerProps {
  teacher: TeacherRow | null;
  opened: boolean;
  onClose: () => void;
}

export function TeacherDrawer({ teacher, opened, onClose }: TeacherDrawerProps) {
  return (
    <DetailDrawer
      opened={opened && teacher !== null}
      onClose={onClose}
      title={teacher?.name ?? ''}
      fields={
        teacher
          ? [
              { label: '姓名', value: teacher.name },
              { label: '身分證字號', value: teacher.maskedId },
              { label: '學校代碼', value: teacher.schoolCode },
              { label: '學校', value: teacher.school },
              { label: '主管機關', value: teacher.authority },
              { label: '學制', value: teacher.stage },
              { label: '職稱', value: teacher.jobTitle ?? '—' },
              { label: '帳號狀態', value: teacher.accountStatus },
              { label: '在職狀態', value: teacher.employmentStatus },
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
    />
  );
}
