import { Button } from '@mantine/core';
import { hrefOf, PATHS } from '../state/route.ts';
import { EmptyState } from './EmptyState.tsx';

/** What a year-bound page shows while the database holds no school year at all. */
export function NoYearNotice() {
  return (
    <EmptyState
      title="還沒有任何學年度的資料"
      description="請先匯入學校與教師名冊；若只是想試用，可以到「總覽」建立示範資料。"
      action={
        <Button component="a" href={hrefOf(PATHS.overview)} variant="light">
          前往總覽
        </Button>
      }
    />
  );
}
