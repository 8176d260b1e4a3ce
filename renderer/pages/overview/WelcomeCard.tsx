import { Alert, Button, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { ProgressEvent } from '../../../preload/contracts/common.ts';
import { call, onProgress } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useYear } from '../../state/year.tsx';

/** The first screen of an empty database: what the app is for, and a way to try it on demo data. */
export function WelcomeCard() {
  const { reload } = useYear();
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [progress, setProgress] = useState<ProgressEvent | null>(null);

  useEffect(() => (creating ? onProgress(setProgress) : undefined), [creating]);

  const createDemo = async () => {
    setCreating(true);
    setError(null);
    setProgress(null);
    try {
      const created = await call('demo:create', { scale: 'small' });
      reload(created.year);
    } catch (failure) {
      setError(failure);
    } finally {
      setCreating(false);
    }
  };

  const percent = progress?.total ? Math.round((progress.done / progress.total) * 100) : null;
  return (
    <Paper withBorder p="xl" radius="md" maw={720}>
      <Stack gap="md">
        <Title order={2} size="h3">
          歡迎使用進修規劃管理
        </Title>
        <Text>
          這個程式協助承辦人管理各校的進修規劃、教師研習時數與獎勵名單。所有資料只存在這台電腦上，不會上傳到網路。
        </Text>
        <Text>目前還沒有任何資料。正式使用時，請先匯入這個學年度的：</Text>
        <List>
          <List.Item>學校名冊（學校代碼、校名、主管機關、學制）</List.Item>
          <List.Item>教師名冊（身分證字號、姓名、學校代碼、職稱）</List.Item>
        </List>
        <Alert color="orange" variant="light" icon={<IconFlask aria-hidden />} title="想先試用看看？">
          可以建立一份<strong>示範資料</strong>：3 個主管機關、約 30 所學校、約 600 位教師。示範資料由程式隨機產生，
          姓名與身分證字號都不是真實的人，畫面上會一直標示「示範資料」。
        </Alert>
        {error ? <ErrorAlert error={error} title="無法建立示範資料" /> : null}
        {creating && progress ? (
          <Stack gap={4}>
            <Text size="sm">{progress.label}</Text>
            <Progress value={percent ?? 100} animated={percent === null} aria-label={progress.label} />
          </Stack>
        ) : null}
        <div>
          <Button
            size="md"
            color="orange"
            leftSection={<IconFlask size={18} aria-hidden />}
            loading={creating}
            onClick={() => void createDemo()}
          >
            建立示範資料
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
