import { Alert, Button, Code, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPackageExport } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { Output } from '../../../preload/contract.ts';
import { call, errorMessage, useQuery } from '../../api.ts';
import { formatCount } from '../../components/format.ts';

type Exported = Output<'packages:export'>;

/** 匯出本機構資料包: one authority of the shown year, saved where the officer says. */
export function PackageExport({ year }: { year: number }) {
  const authorities = useQuery('registry:authorities', { year });
  const [authority, setAuthority] = useState<string | null>(null);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Exported | null>(null);
  const [error, setError] = useState<string | null>(null);
  const names = (authorities.data ?? []).map((a) => a.name);
  // A county installation holds one authority: it is chosen for the officer.
  useEffect(() => {
    if (authority === null && names.length === 1) setAuthority(names[0]!);
  }, [authority, names]);

  const save = async () => {
    if (authority === null) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const answer = await call('packages:export', { authority, year, path: path.trim() === '' ? null : path.trim() });
      if (!answer.saved) setError(answer.message);
      else setResult(answer);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="package-export-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="package-export-title">
          匯出本機構資料包
        </Title>
        <Text size="sm" c="dimmed">
          把一個主管機關 {year} 學年度的學校、教師名單、業務帳號、承辦人、規劃、研習時數與獎勵計算紀錄存成一個 .iapkg 檔，交給全國推廣中心彙整。
        </Text>
        <Group align="flex-end" gap="md" wrap="wrap">
          <Select
            label="主管機關"
            description="本機這個學年度的主管機關"
            placeholder={authorities.loading ? '讀取中…' : '請選擇'}
            data={names}
            value={authority}
            onChange={setAuthority}
            searchable
            w={220}
            error={authorities.error ? errorMessage(authorities.error) : undefined}
          />
          <TextInput
            label="存放位置"
            description="留空：由存檔視窗選擇；也可以輸入完整路徑（.iapkg）"
            placeholder="例如 D:\資料包\臺中市-113學年度.iapkg"
            value={path}
            onChange={(event) => setPath(event.currentTarget.value)}
            style={{ flex: 1, minWidth: 320 }}
          />
          <Button leftSection={<IconPackageExport size={16} aria-hidden />} onClick={save} loading={busy} disabled={authority === null}>
            匯出資料包
          </Button>
        </Group>
        {error ? (
          <Alert color="red" variant="light" title="沒有匯出" role="alert">
            {error}
          </Alert>
        ) : null}
        {result?.manifest ? (
          <Alert color="teal" variant="light" title={`已匯出 ${result.manifest.authority} ${result.manifest.year} 學年度的資料包`} role="status">
            <Stack gap={6}>
              <Text size="sm">
                存放於 <Code>{result.path}</Code>（{formatCount(result.bytes)} 位元組）
              </Text>
              <Table withRowBorders={false} verticalSpacing={2} fz="sm" maw={420} aria-label="資料包內容">
                <Table.Tbody>
                  {result.manifest.parts
                    .filter((p) => p.rows > 0)
                    .map((p) => (
                      <Table.Tr key={p.name}>
                        <Table.Td>{p.label}</Table.Td>
                        <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                          {formatCount(p.rows)} 筆
                        </Table.Td>
                      </Table.Tr>
                    ))}
                </Table.Tbody>
              </Table>
              {result.manifest.skippedAwardRuns > 0 ? (
                <Text size="sm">另有 {result.manifest.skippedAwardRuns} 次獎勵計算涵蓋其他主管機關，未放入資料包。</Text>
              ) : null}
              <Text size="xs" c="dimmed">
                資料雜湊值（SHA-256）：{result.manifest.dataSha256}
              </Text>
            </Stack>
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
