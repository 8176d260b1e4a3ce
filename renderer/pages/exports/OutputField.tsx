import { Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { call, errorMessage } from '../../api.ts';

export type Layout = 'combined' | 'folder';

const SPLIT_LABELS = { school: '每校一個檔案', authority: '每個主管機關一個檔案', teacher: '每位教師一個檔案' } as const;

interface OutputFieldProps {
  /** What is written: a PDF form (which may be split into a folder) or a workbook. */
  kind: 'pdf' | 'xlsx';
  splitBy: keyof typeof SPLIT_LABELS | null;
  layout: Layout;
  onLayout: (layout: Layout) => void;
  path: string;
  onPath: (path: string) => void;
  /** The file (or folder) name the save dialog proposes. */
  suggested: string;
  onSubmit: () => void;
  onError: (message: string) => void;
}

/**
 * Where the export goes. The desktop app offers its save dialog (a folder picker for one file per
 * school); the full path can always be typed or pasted, and starts in the folder used last time.
 */
export function OutputField({ kind, splitBy, layout, onLayout, path, onPath, suggested, onSubmit, onError }: OutputFieldProps) {
  const [noDialog, setNoDialog] = useState(false);
  const folder = kind === 'pdf' && layout === 'folder';
  const choose = async () => {
    try {
      const picked = await call('exports:chooseOut', { kind: folder ? 'folder' : kind, name: suggested });
      if (!picked.available) setNoDialog(true);
      else if (picked.path) onPath(picked.path);
    } catch (error) {
      onError(errorMessage(error));
    }
  };
  return (
    <Stack gap="xs">
      {kind === 'pdf' && splitBy ? (
        <Stack gap={4}>
          <Text size="sm" fw={500} id="export-layout-label">
            輸出方式
          </Text>
          <SegmentedControl
            aria-labelledby="export-layout-label"
            value={layout}
            onChange={(v) => onLayout(v === 'folder' ? 'folder' : 'combined')}
            data={[
              { value: 'combined', label: '合併為一個 PDF' },
              { value: 'folder', label: `${SPLIT_LABELS[splitBy]}（存入資料夾）` },
            ]}
          />
        </Stack>
      ) : null}
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <TextInput
          label={folder ? '存放的資料夾' : '存檔位置'}
          description={folder ? '資料夾不存在時會建立；已有同名檔案時，只會取代本程式先前產生的檔案。' : '完整的檔案路徑；已有同名檔案時，只會取代本程式先前產生的檔案。'}
          placeholder={folder ? '例如 C:\\Users\\承辦人\\Documents\\學校基本資料表' : `例如 C:\\Users\\承辦人\\Documents\\${suggested}`}
          value={path}
          onChange={(e) => {
            setNoDialog(false);
            onPath(e.currentTarget.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && path.trim()) onSubmit();
          }}
          error={noDialog ? '這個環境沒有存檔視窗，請直接輸入或貼上完整路徑。' : undefined}
          style={{ flex: 1 }}
        />
        <Button variant="default" leftSection={<IconFolderOpen size={16} aria-hidden />} onClick={choose}>
          {folder ? '選擇資料夾…' : '選擇位置…'}
        </Button>
      </Group>
    </Stack>
  );
}
