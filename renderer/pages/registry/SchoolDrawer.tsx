import { Button } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { DetailDrawer } from '../../components/DetailDrawer.tsx';
import { formatCount } from '../../components/format.ts';
import { hrefOf, PATHS } from '../../state/route.ts';
import type { SchoolRow } from './SchoolsPage.tsx';

interface SchoolDrawerProps {
  school: SchoolRow | null;
  opened: boolean;
  onClose: () => void;
}

export function SchoolDrawer({ school, opened, onClose }: SchoolDrawerProps) {
  return (
    <DetailDrawer
      opened={opened && school !== null}
      onClose={onClose}
      title={school?.name ?? ''}
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
    />
  );
}
