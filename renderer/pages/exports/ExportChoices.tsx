import { Badge, Group, Radio, Stack, Text, Title } from '@mantine/core';
import type { ExportItem } from './exportItems.ts';

interface ExportChoicesProps {
  items: ExportItem[];
  value: string | null;
  onChange: (id: string) => void;
}

function Choice({ item }: { item: ExportItem }) {
  const unavailable = item.kind === 'form' && !item.form.available;
  return (
    <Radio.Card value={item.id} p="sm" radius="md" disabled={unavailable} aria-label={item.title}>
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Radio.Indicator />
        <Stack gap={2}>
          <Group gap={6}>
            <Text fw={600} size="sm">
              {item.title}
            </Text>
            {unavailable ? <Badge size="xs" color="gray">尚未提供</Badge> : null}
          </Group>
          <Text size="xs" c="dimmed">
            {item.description}
          </Text>
        </Stack>
      </Group>
    </Radio.Card>
  );
}

/** Every printable form (PDF) and spreadsheet (Excel), one to choose. */
export function ExportChoices({ items, value, onChange }: ExportChoicesProps) {
  const forms = items.filter((i) => i.kind === 'form');
  const sheets = items.filter((i) => i.kind === 'sheet');
  return (
    <Radio.Group value={value} onChange={onChange} label="選擇要匯出或列印的項目" labelProps={{ mb: 'xs' }}>
      <Stack gap="xs">
        <Title order={2} size="h5">
          列印表單（PDF，A4）
        </Title>
        {forms.map((item) => <Choice key={item.id} item={item} />)}
        <Title order={2} size="h5" mt="sm">
          試算表（Excel，已設定列印格式）
        </Title>
        {sheets.map((item) => <Choice key={item.id} item={item} />)}
      </Stack>
    </Radio.Group>
  );
}
