import { ActionIcon, Anchor, Center, Code, CopyButton, DataList, Group, Loader, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { hrefOf } from '../../state/route.ts';
import { BACKUPS_PATH } from '../data/BackupsPage.tsx';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { DemoBadge } from '../../components/DemoBadge.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { yearLabel } from '../../state/year.tsx';

/** The version, where the data lives and which school years it holds. */
export function AboutPage() {
  const info = useQuery('app:info', {});
  const { data } = info;
  return (
    <>
      <PageHeader title="關於" withYear={false} />
      {info.error ? <ErrorAlert error={info.error} onRetry={info.reload} /> : null}
      {data === undefined ? (
        info.error ? null : (
          <Center py="xl">
            <Loader aria-label="讀取中" />
          </Center>
        )
      ) : (
        <Paper withBorder p="lg" radius="md" maw={820}>
          <Stack gap="md">
            <Text>
              進修規劃管理：學校本位暨教師自我專業進修規劃促進服務的承辦人桌面管理工具。資料只存在這台電腦上，不會上傳到網路。
            </Text>
            <DataList withDivider labelWidth="8em">
              <DataList.Item>
                <DataList.ItemLabel>程式版本</DataList.ItemLabel>
                <DataList.ItemValue>{data.appVersion}</DataList.ItemValue>
              </DataList.Item>
              <DataList.Item>
                <DataList.ItemLabel>資料庫版本</DataList.ItemLabel>
                <DataList.ItemValue>第 {data.schemaVersion} 版</DataList.ItemValue>
              </DataList.Item>
              <DataList.Item>
                <DataList.ItemLabel>資料存放位置</DataList.ItemLabel>
                <DataList.ItemValue>
                  <Group gap="xs" wrap="nowrap" align="center">
                    <Code style={{ wordBreak: 'break-all' }}>{data.dbPath}</Code>
                    <CopyButton value={data.dbPath}>
                      {({ copied, copy }) => (
                        <Tooltip label={copied ? '已複製' : '複製路徑'} withArrow>
                          <ActionIcon variant="subtle" onClick={copy} aria-label="複製資料存放位置">
                            {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </CopyButton>
                  </Group>
                </DataList.ItemValue>
              </DataList.Item>
              <DataList.Item>
                <DataList.ItemLabel>學年度</DataList.ItemLabel>
                <DataList.ItemValue>
                  {data.years.length === 0 ? (
                    '尚無資料'
                  ) : (
                    <Stack gap={4}>
                      {[...data.years]
                        .sort((a, b) => b.year - a.year)
                        .map((y) => (
                          <Group key={y.year} gap="xs">
                            <Text size="sm">{yearLabel(y.year)}</Text>
                            {y.isDemo ? <DemoBadge size="sm" /> : null}
                          </Group>
                        ))}
                    </Stack>
                  )}
                </DataList.ItemValue>
              </DataList.Item>
            </DataList>
            <Text size="sm" c="dimmed">
              備份與還原請到 <Anchor href={hrefOf(BACKUPS_PATH)} size="sm">資料與安全 → 備份與還原</Anchor>（程式開著也能安全備份）；
              要手動搬移資料，請先關閉本程式，再複製上面這個檔案。
            </Text>
          </Stack>
        </Paper>
      )}
    </>
  );
}
