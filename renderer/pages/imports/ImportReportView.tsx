import { Alert, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { formatRocDateTime } from '../../../main/engine/rocDate.ts';
import { call, errorMessage } from '../../api.ts';
import { saveBase64File } from '../../components/download.ts';
import { formatCount } from '../../components/format.ts';
import { kindLabel, type ImportReport } from './labels.ts';
import { MissingTeachers } from './MissingTeachers.tsx';
import { RejectionsTable } from './RejectionsTable.tsx';
import { ReportCounts } from './ReportCounts.tsx';

/** One import's report: what happened, the counts, the rows not imported, the teachers left out. */
export function ImportReportView({ report, onChanged }: { report: ImportReport; onChanged?: () => void }) {
  const [downloading, setDownloading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setDownloading(true);
    setError(null);
    try {
      const file = await call('imports:reportFile', { id: report.id });
      saveBase64File(file.fileName, file.base64);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setDownloading(false);
    }
  };
  const landed = report.status === 'landed';
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Text fw={600}>
            {kindLabel(report.kind)}：{report.fileName}
          </Text>
          <Text size="sm" c="dimmed">
            {report.year === null ? '' : `${report.year} 學年度　`}
            {formatRocDateTime(report.finishedAt)}
          </Text>
        </Stack>
        <Button leftSection={<IconDownload size={16} aria-hidden />} onClick={download} loading={downloading}>
          下載報告
        </Button>
      </Group>
      {error ? (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      ) : null}
      {landed ? (
        <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} title="匯入完成">
          {report.rejected > 0
            ? `有 ${formatCount(report.rejected)} 列沒有匯入，原因列在下方；其餘資料已經存入。修正這些列後，可以把整個檔案再匯入一次，已匯入的資料不會重複。`
            : '檔案的每一列都已處理。同一個檔案再匯入一次不會改變任何資料。'}
        </Alert>
      ) : (
        <Alert color={report.status === 'cancelled' ? 'yellow' : 'red'} variant="light" icon={<IconAlertTriangle aria-hidden />} title={report.status === 'cancelled' ? '已取消匯入' : '檔案沒有匯入'}>
          {report.message ?? '資料沒有任何變更。'}
        </Alert>
      )}
      {landed ? <ReportCounts report={report} /> : null}
      {report.unknownColumns.length ? (
        <Text size="sm">
          略過不認得的欄位：{report.unknownColumns.join('、')}
        </Text>
      ) : null}
      {landed ? (
        <Tabs defaultValue="rejected" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="rejected">未匯入資料列（{formatCount(report.rejected)}）</Tabs.Tab>
            {report.kind === 'teachers' ? (
              <Tabs.Tab value="missing">
                未出現在新名冊（{formatCount(report.missing)}）{report.confirmedLeft ? `，已確認 ${formatCount(report.confirmedLeft)}` : ''}
              </Tabs.Tab>
            ) : null}
          </Tabs.List>
          <Tabs.Panel value="rejected" pt="sm">
            <RejectionsTable importId={report.id} />
          </Tabs.Panel>
          {report.kind === 'teachers' ? (
            <Tabs.Panel value="missing" pt="sm">
              <MissingTeachers importId={report.id} onChanged={() => onChanged?.()} />
            </Tabs.Panel>
          ) : null}
        </Tabs>
      ) : null}
    </Stack>
  );
}
