import { Alert, Badge, Center, Code, Group, Loader, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { formatRocDateTime } from '../../../main/engine/rocDate.ts';
import { useQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { YearGate } from '../../components/YearGate.tsx';
import { ClassificationTree } from './ClassificationTree.tsx';

/** 設定 → 課程分類: the year's course classification as a tree with its codes, and its versions. */
export function ClassificationPage() {
  return (
    <>
      <PageHeader title="課程分類" />
      <YearGate>{(year) => <YearClassification key={year} year={year} />}</YearGate>
    </>
  );
}

function YearClassification({ year }: { year: number }) {
  const [versionId, setVersionId] = useState<number | null>(null);
  const query = useQuery('classification:tree', versionId === null ? { year } : { year, versionId });
  const { data } = query;
  if (query.error) return <ErrorAlert error={query.error} onRetry={query.reload} />;
  if (data === undefined) {
    return (
      <Center py="xl">
        <Loader aria-label="讀取中" />
      </Center>
    );
  }
  const domains = data.items.filter((i) => i.depth === 1).length;
  const details = data.items.filter((i) => i.depth === 3).length;
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Stack gap={4}>
            <Group gap="xs">
              <Title order={2} size="h4">
                {data.version?.label ?? '這個學年度還沒有課程分類'}
              </Title>
              {data.version && data.version.id === data.yearVersionId ? <Badge variant="light">{year} 學年度使用中</Badge> : null}
              {data.version && data.version.id !== data.yearVersionId ? (
                <Badge color="gray" variant="light">
                  舊版本
                </Badge>
              ) : null}
            </Group>
            {data.version ? (
              <Text size="sm" c="dimmed">
                來源：{data.version.source}；建立於 {formatRocDateTime(data.version.createdAt)}；{domains} 個領域、共 {data.items.length} 項（細目 {details} 項）
              </Text>
            ) : null}
          </Stack>
          <Select
            label="版本"
            description="匯入新的清單會成為新版本，舊版本保留，舊的規劃與研習紀錄仍可對照"
            data={data.versions.map((v) => ({
              value: String(v.id),
              label: `第 ${v.id} 版　${v.label}${v.years.length ? `（${v.years.join('、')} 學年度使用）` : ''}`,
            }))}
            value={data.version ? String(data.version.id) : null}
            allowDeselect={false}
            onChange={(v) => v && setVersionId(Number(v))}
          />
        </SimpleGrid>
      </Paper>
      <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />} title="匯入教育部公告的課程分類">
        準備一個試算表，含「代碼」（或「課程類別代碼」）與「名稱」兩欄，例如 <Code>1-1-1</Code>　學生身心發展。匯入時會檢查代碼格式、上層項目是否存在、代碼有無重複；
        有任何問題就整份不匯入，並列出問題所在的列。匯入請在命令列執行 <Code>import taxonomy 檔案.xlsx --year {year}</Code>。
      </Alert>
      {data.items.length > 0 ? (
        <ClassificationTree items={data.items} />
      ) : (
        <Text c="dimmed">沒有分類項目。</Text>
      )}
    </Stack>
  );
}
