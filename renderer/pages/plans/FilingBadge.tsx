import { Badge } from '@mantine/core';
import { FILING_STATUS_LABELS, type FilingStatus } from '../../../main/engine/planFiling.ts';

export const FILING_COLORS: Record<FilingStatus, string> = {
  onTime: 'green',
  outsideWindow: 'orange',
  returned: 'red',
  draft: 'gray',
  none: 'dark',
};

export function FilingBadge({ filing }: { filing: FilingStatus }) {
  return (
    <Badge variant={filing === 'none' ? 'outline' : 'light'} color={FILING_COLORS[filing]} radius="sm" style={{ minWidth: 'max-content' }}>
      {FILING_STATUS_LABELS[filing]}
    </Badge>
  );
}
