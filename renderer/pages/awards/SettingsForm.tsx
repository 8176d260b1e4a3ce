import { Alert, Button, Group, NumberInput, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCalculator, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { AwardSettings } from '../../../preload/contracts/awards.ts';
import { useQuery } from '../../api.ts';

interface SettingsFormProps {
  year: number;
  running: boolean;
  onRun: (settings: AwardSettings) => void;
}

type Source = 'computed' | 'provided';

/** The run's parameters with the seed-004 defaults; a county enters the national average it was given. */
export function SettingsForm({ year, running, onRun }: SettingsFormProps) {
  const defaults = useQuery('awards:defaults', { year });
  const [classWidth, setClassWidth] = useState<number | string>(1);
  const [classOrigin, setClassOrigin] = useState<number | string>('');
  const [threshold, setThreshold] = useState<number | string>(70);
  const [fillRate, setFillRate] = useState<number | string>(60);
  const [source, setSource] = useState<Source>('computed');
  const [average, setAverage] = useState<number | string>('');

  const d = defaults.data;
  const partial = d !== undefined && d.authoritiesWithSchools < d.authorities;
  useEffect(() => {
    if (!d) return;
    if (d.lastProvidedAverage !== null) setAverage(d.lastProvidedAverage);
    // A database that holds only some authorities' schools cannot compute the nation's average.
    if (d.authoritiesWithSchools < d.authorities) setSource('provided');
  }, [d]);

  const width = typeof classWidth === 'number' ? classWidth : NaN;
  const problems: string[] = [];
  if (!(width >= 0.01 && width <= 1000)) problems.push('組距應介於 0.01 到 1000 小時');
  if (typeof threshold !== 'number' || threshold < 0 || threshold > 100) problems.push('百分等級門檻應介於 0 到 100');
  if (typeof fillRate !== 'number' || fillRate < 0 || fillRate > 100) problems.push('填報率門檻應介於 0% 到 100%');
  if (source === 'provided' && (typeof average !== 'number' || average < 0)) problems.push('請填寫全國推廣中心提供的全國平均研習時數');

  const submit = () => {
    if (problems.length > 0) return;
    onRun({
      classWidth: width,
      classOrigin: typeof classOrigin === 'number' ? classOrigin : null,
      threshold: threshold as number,
      fillRateThreshold: (fillRate as number) / 100,
      nationalAverage: source === 'provided' ? (average as number) : null,
    });
  };

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          計算參數
        </Title>
        <Text size="sm" c="dimmed">
          預設值依獎勵方案：組距 1 小時、組界起點為組距的負一半（整數時數落在組中點）、百分等級門檻 70（同主管機關同學制前 30%）、學校填報率門檻 60%。每次計算都會保存參數與結果，可再開啟、匯出與比較。
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <NumberInput label="組距（小時）" value={classWidth} onChange={setClassWidth} min={0.01} max={1000} decimalScale={2} step={0.5} />
          <NumberInput label="組界起點（小時）" placeholder="空白＝組距的負一半" value={classOrigin} onChange={setClassOrigin} decimalScale={2} allowNegative />
          <NumberInput label="百分等級門檻（PR）" value={threshold} onChange={setThreshold} min={0} max={100} decimalScale={2} />
          <NumberInput label="學校填報率門檻（%）" value={fillRate} onChange={setFillRate} min={0} max={100} decimalScale={2} suffix="%" />
        </SimpleGrid>
        <Group align="flex-end" gap="md" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="average-source-label">
              全國平均研習時數
            </Text>
            <SegmentedControl
              aria-labelledby="average-source-label"
              value={source}
              onChange={(v) => setSource(v as Source)}
              data={[
                { value: 'computed', label: '依全部名單教師計算' },
                { value: 'provided', label: '採用全國推廣中心提供的數字' },
              ]}
            />
          </Stack>
          {source === 'provided' ? (
            <NumberInput label="全國平均（小時）" value={average} onChange={setAverage} min={0} max={10000} decimalScale={4} w={180} />
          ) : null}
        </Group>
        {partial ? (
          <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />}>
            這個資料庫只有 {d.authoritiesWithSchools}/{d.authorities} 個主管機關的學校，無法算出全國平均：請採用全國推廣中心提供的全國平均研習時數。
          </Alert>
        ) : null}
        {problems.length > 0 ? (
          <Text size="sm" c="red" role="alert">
            {problems.join('；')}。
          </Text>
        ) : null}
        <Group>
          <Button leftSection={<IconCalculator size={16} aria-hidden />} onClick={submit} loading={running} disabled={problems.length > 0}>
            計算獎勵名單
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
