import { Badge, Tooltip } from '@mantine/core';

/** Marks synthetic data wherever it is shown, so no one takes it for real people. */
export function DemoBadge({ size = 'lg' }: { size?: 'sm' | 'md' | 'lg' }) {
  return (
    <Tooltip label="這是系統產生的示範資料，不是真實的學校與教師。" withArrow>
      <Badge color="orange" variant="light" size={size} tabIndex={0}>
        示範資料
      </Badge>
    </Tooltip>
  );
}
