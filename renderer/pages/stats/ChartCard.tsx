import { Button, Center, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPhotoDown, IconTable, IconTableOff } from '@tabler/icons-react';
import { lazy, Suspense, useRef, useState, type ReactNode } from 'react';
import { saveBase64File } from '../../components/download.ts';
import type { ChartHandle, ChartOption, ChartTable } from './chartTypes.ts';

const EChart = lazy(() => import('./EChart.tsx').then((m) => ({ default: m.EChart })));
const NOWRAP = { whiteSpace: 'nowrap' } as const;
const NUM = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

interface ChartCardProps {
  title: string;
  /** One line under the title: what is counted and how (e.g. the rank weights). */
  caption: ReactNode;
  option: ChartOption;
  /** The numbers behind the chart; the table toggle shows them, the screen reader gets them too. */
  table: ChartTable;
  /** The PNG's file name when saved. */
  fileName: string;
  /** A short name for tests and the aria label, e.g. 'needs-mode'. */
  testId: string;
  height?: number;
  /** Shown instead of the chart when it has nothing to draw. */
  empty?: ReactNode;
}

/** A statistics chart in a card: title, caption, the chart (loaded lazily), 存成 PNG and the numbers as a table. */
export function ChartCard({ title, caption, option, table, fileName, testId, height = 320, empty }: ChartCardProps) {
  const handle = useRef<ChartHandle | null>(null);
  const [showTable, setShowTable] = useState(false);
  const savePng = () => {
    const url = handle.current?.pngDataUrl();
    if (url) saveBase64File(fileName, url.slice(url.indexOf(',') + 1), 'image/png');
  };
  const tableId = `stats-table-${testId}`;
  return (
    <Paper withBorder p="md" radius="md" data-testid={`card-${testId}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2} style={{ flex: 1, minWidth: 240 }}>
            <Title order={3} size="h5">
              {title}
            </Title>
            {typeof caption === 'string' ? (
              <Text size="xs" c="dimmed">
                {caption}
              </Text>
            ) : (
              caption
            )}
          </Stack>
          {empty ? null : (
            <Group gap={6}>
              <Button
                size="compact-sm"
                variant="default"
                leftSection={showTable ? <IconTableOff size={14} aria-hidden /> : <IconTable size={14} aria-hidden />}
                aria-expanded={showTable}
                aria-controls={tableId}
                onClick={() => setShowTable((v) => !v)}
              >
                {showTable ? '隱藏數字' : '顯示數字'}
              </Button>
              <Button size="compact-sm" variant="default" leftSection={<IconPhotoDown size={14} aria-hidden />} onClick={savePng} aria-label={`${title}存成 PNG`}>
                存成 PNG
              </Button>
            </Group>
          )}
        </Group>
        {empty ? (
          typeof empty === 'string' ? (
            <Text size="sm" c="dimmed" py="md">
              {empty}
            </Text>
          ) : (
            empty
          )
        ) : (
          <Suspense
            fallback={
              <Center h={height}>
                <Loader size="sm" aria-label="載入圖表" />
              </Center>
            }
          >
            <EChart option={option} height={height} handle={handle} ariaLabel={`${title}（數字見「顯示數字」表格）`} testId={`chart-${testId}`} />
          </Suspense>
        )}
        {showTable && !empty ? <NumbersTable id={tableId} label={title} table={table} /> : null}
      </Stack>
    </Paper>
  );
}

function cell(value: string | number): string {
  return typeof value === 'number' ? value.toLocaleString('zh-TW', { maximumFractionDigits: 2 }) : value;
}

function NumbersTable({ id, label, table }: { id: string; label: string; table: ChartTable }) {
  return (
    <Table.ScrollContainer minWidth={Math.min(900, table.columns.length * 90)} id={id}>
      <Table striped verticalSpacing={4} fz="sm" aria-label={`${label}（數字）`}>
        <Table.Thead>
          <Table.Tr>
            {table.columns.map((c) => (
              <Table.Th key={c.label} ta={c.numeric ? 'right' : undefined} style={c.wrap ? undefined : NOWRAP}>
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row, r) => (
            <Table.Tr key={r}>
              {row.map((value, c) => (
                <Table.Td key={c} ta={table.columns[c]?.numeric ? 'right' : undefined} style={table.columns[c]?.wrap ? undefined : table.columns[c]?.numeric ? NUM : NOWRAP}>
                  {cell(value)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
