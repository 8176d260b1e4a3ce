import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconPlayerPlay } from '@tabler/icons-react';
import type { Output } from '../../../preload/contract.ts';

type Preview = Output<'imports:preview'>;

const FORMATS: Record<string, string> = { xlsx: 'Excel 活頁簿（.xlsx）', xls: 'Excel 97–2003（.xls）', html: '網頁格式的 Excel 檔', csv: 'CSV 文字檔' };

/** Step 2: the columns found (under which header), the ones ignored, and the first rows as read. */
export function PreviewPanel({ preview, year, onBack, onRun }: { preview: Preview; year: number; onBack: () => void; onRun: () => void }) {
  const found = preview.columns.filter((c) => c.header !== null);
  return (
    <Stack gap="md">
      <Text size="sm">
        {preview.fileName}　{FORMATS[preview.format] ?? preview.format}
        {preview.encoding ? `（${preview.encoding}）` : ''}　工作表「{preview.sheet}」，標題在第 {preview.headerRow} 列
      </Text>
      <Table aria-label="欄位對應" withTableBorder verticalSpacing={4} maw={720}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>欄位</Table.Th>
            <Table.Th>檔案中的標題</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.columns.map((c) => (
            <Table.Tr key={c.key}>
              <Table.Td>
                {c.label}
                {c.required ? (
                  <Badge size="xs" ml={6} variant="light" radius="sm">
                    必填
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td c={c.header === null ? 'dimmed' : undefined}>{c.header ?? '（檔案沒有這一欄，已有資料保持不變）'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {preview.unknownColumns.length ? (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title="不認得的欄位會略過">
          {preview.unknownColumns.join('、')}
        </Alert>
      ) : null}
      <Text fw={600} size="sm">
        前 {preview.rows.length} 列（身分證字號只顯示部分）
      </Text>
      <Table.ScrollContainer minWidth={720}>
        <Table aria-label="資料預覽" striped withTableBorder verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th ta="right">列</Table.Th>
              {found.map((c) => (
                <Table.Th key={c.key}>{c.label}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.map((r) => (
              <Table.Tr key={r.row}>
                <Table.Td ta="right">{r.row}</Table.Td>
                {r.problems.length ? (
                  <Table.Td colSpan={found.length} c="red">
                    不會匯入：{r.problems.join('；')}
                  </Table.Td>
                ) : (
                  found.map((c) => <Table.Td key={c.key}>{r.cells[preview.columns.indexOf(c)] ?? ''}</Table.Td>)
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group>
        <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={onBack}>
          上一步
        </Button>
        <Button leftSection={<IconPlayerPlay size={16} aria-hidden />} onClick={onRun}>
          開始匯入到 {year} 學年度
        </Button>
      </Group>
    </Stack>
  );
}
