import { Badge, Button, Group, NumberInput, Paper, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconEye, IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import type { Output } from '../../../preload/contract.ts';
import type { ImportKindName } from '../../../preload/contracts/imports.ts';
import { call, errorMessage } from '../../api.ts';
import { TemplateButton } from '../../components/TemplateButton.tsx';

export interface FileChoice {
  kind: ImportKindName;
  year: number | null;
  path: string;
}

interface ChooseFileProps {
  kinds: Output<'imports:kinds'>;
  value: FileChoice;
  onChange: (patch: Partial<FileChoice>) => void;
  onPreview: () => void;
  busy: boolean;
  onError: (message: string) => void;
}

/**
 * Step 1: what to import, into which school year, from which file. The file is named by its path:
 * the desktop app fills it from its open dialog; the path can also be typed or pasted.
 */
export function ChooseFile({ kinds, value, onChange, onPreview, busy, onError }: ChooseFileProps) {
  const spec = kinds.find((k) => k.kind === value.kind);
  const ready = value.path.trim() !== '' && value.year !== null;
  const [noDialog, setNoDialog] = useState(false);
  const pick = async () => {
    try {
      const picked = await call('imports:chooseFile', { kind: value.kind });
      if (!picked.available) setNoDialog(true);
      else if (picked.path) onChange({ path: picked.path });
    } catch (error) {
      onError(errorMessage(error));
    }
  };
  return (
    <Stack gap="md" maw={860}>
      <Stack gap={4}>
        <Text fw={600} size="sm" id="import-kind-label">
          匯入種類
        </Text>
        <SegmentedControl
          aria-labelledby="import-kind-label"
          data={kinds.map((k) => ({ value: k.kind, label: k.label }))}
          value={value.kind}
          onChange={(kind) => onChange({ kind: kinds.find((k) => k.kind === kind)?.kind ?? value.kind })}
        />
      </Stack>
      <Group align="flex-end" gap="md" wrap="wrap">
        <NumberInput
          label="學年度"
          description={value.kind === 'authorities' ? '匯入主管機關可以建立新的學年度' : '匯入到已有的學年度'}
          value={value.year ?? ''}
          onChange={(year) => onChange({ year: typeof year === 'number' ? year : null })}
          min={1}
          max={999}
          allowDecimal={false}
          w={160}
        />
        <TextInput
          label="檔案路徑"
          description="Excel（.xlsx、.xls）或 CSV 檔案的完整路徑"
          placeholder="例如 C:\\Users\\承辦人\\Downloads\\教師名單.xlsx"
          value={value.path}
          onChange={(event) => {
            setNoDialog(false);
            onChange({ path: event.currentTarget.value });
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && ready) onPreview();
          }}
          style={{ flex: 1, minWidth: 320 }}
          error={noDialog ? '這個環境沒有選檔視窗，請直接輸入或貼上檔案路徑。' : undefined}
        />
        <Button variant="default" leftSection={<IconFolderOpen size={16} aria-hidden />} onClick={pick}>
          選擇檔案…
        </Button>
      </Group>
      {spec ? (
        <Paper withBorder p="sm" radius="md">
          <Group justify="space-between" align="flex-start" gap="sm">
            <Stack gap={6} style={{ flex: 1 }}>
              <Text size="sm" fw={600}>
                {spec.label}的欄位（順序不拘，標題列上方可以有標題文字）
              </Text>
              <Group gap={6}>
                {spec.columns.map((c) => (
                  <Badge key={c.label} variant={c.required ? 'filled' : 'light'} color={c.required ? 'blue' : 'gray'} radius="sm" title={c.aliases.length ? `也接受：${c.aliases.join('、')}` : undefined}>
                    {c.label}
                    {c.aliases.length ? ` / ${c.aliases.join(' / ')}` : ''}
                    {c.required ? '（必填）' : ''}
                  </Badge>
                ))}
              </Group>
            </Stack>
            <TemplateButton kind={value.kind} size="xs" onError={onError} />
          </Group>
        </Paper>
      ) : null}
      <Group>
        <Button leftSection={<IconEye size={16} aria-hidden />} onClick={onPreview} disabled={!ready} loading={busy}>
          預覽
        </Button>
      </Group>
    </Stack>
  );
}
