import { Button, Center, Group, Image, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import type { Input } from '../../../preload/contract.ts';
import { useQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

interface PreviewPanelProps {
  /** The form and scope to preview, without the page. */
  request: Omit<Input<'exports:preview'>, 'page'>;
  page: number;
  onPage: (page: number) => void;
}

/** A page of what printing would give, drawn by the API exactly as the PDF lays it out. */
export function PreviewPanel({ request, page, onPage }: PreviewPanelProps) {
  const preview = useQuery('exports:preview', { ...request, page });
  const data = preview.data;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Text fw={600}>預覽</Text>
          <Group gap="xs">
            <Button size="xs" variant="default" leftSection={<IconChevronLeft size={14} aria-hidden />} disabled={page <= 1 || preview.loading} onClick={() => onPage(page - 1)}>
              上一頁
            </Button>
            <Button size="xs" variant="default" rightSection={<IconChevronRight size={14} aria-hidden />} disabled={preview.loading || preview.error !== null} onClick={() => onPage(page + 1)}>
              下一頁
            </Button>
          </Group>
        </Group>
        {preview.error ? <ErrorAlert error={preview.error} title="無法預覽" /> : null}
        {data && !preview.error ? (
          <>
            <Text size="sm" c="dimmed" aria-live="polite">
              第 {data.page} 頁：{data.label}（這份共 {data.instancePages} 頁；這個範圍共 {data.instances.toLocaleString('zh-TW')} 份）
            </Text>
            <Center bg="gray.1" p="sm" style={{ borderRadius: 8, position: 'relative' }}>
              <Image
                src={`data:image/png;base64,${data.png}`}
                alt={`第 ${data.page} 頁預覽：${data.label}`}
                w={Math.min(data.width, 640)}
                fit="contain"
                style={{ boxShadow: '0 1px 6px rgba(0,0,0,.25)', background: '#fff', opacity: preview.loading ? 0.5 : 1 }}
              />
              {preview.loading ? <Loader style={{ position: 'absolute' }} aria-label="產生預覽中" /> : null}
            </Center>
          </>
        ) : preview.loading ? (
          <Center py="xl">
            <Loader aria-label="產生預覽中" />
          </Center>
        ) : null}
      </Stack>
    </Paper>
  );
}
