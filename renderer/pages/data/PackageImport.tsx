import { Alert, Button, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconFileSearch, IconFolderOpen, IconPackageImport } from '@tabler/icons-react';
import { useState } from 'react';
import type { Output } from '../../../preload/contract.ts';
import { call, errorMessage } from '../../api.ts';
import { TaskProgress } from '../../components/TaskProgress.tsx';
import { ALL_OR_NOTHING } from '../imports/RunningPanel.tsx';
import { formatCount } from '../../components/format.ts';
import { PackageConflicts } from './PackageConflicts.tsx';
import { PackageInspection } from './PackageInspection.tsx';

type Inspected = NonNullable<Output<'packages:inspect'>['inspection']>;
type Imported = Output<'packages:import'>;

function ImportProgress({ task }: { task: string }) {
  return <TaskProgress task={task} label="匯入進度" waiting="正在開啟資料包…" note={ALL_OR_NOTHING} cancelLabel="取消匯入" onCancel={() => void call('packages:cancel', { task })} />;
}

/** 匯入資料包: choose the file, see its manifest, checks and conflicts, then import it with progress. */
export function PackageImport({ onImported }: { onImported: (year: number) => void }) {
  const [path, setPath] = useState('');
  const [inspected, setInspected] = useState<{ path: string; inspection: Inspected } | null>(null);
  const [checking, setChecking] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [task, setTask] = useState<string | null>(null);
  const [result, setResult] = useState<Imported | null>(null);
  const [error, setError] = useState<string | null>(null);

  const inspect = async (chosen: string | null) => {
    setChecking(true);
    setError(null);
    setResult(null);
    setInspected(null);
    try {
      const answer = await call('packages:inspect', { path: chosen });
      if (answer.path === null) {
        if (chosen === null) setError('這個環境沒有選檔視窗，請直接輸入或貼上資料包的完整路徑，再按「檢查資料包」。');
      } else if (answer.inspection) {
        setPath(answer.path);
        setInspected({ path: answer.path, inspection: answer.inspection });
      }
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setChecking(false);
    }
  };

  const run = async () => {
    if (!inspected) return;
    setConfirming(false);
    const id = `package-${Date.now()}`;
    setTask(id);
    setError(null);
    try {
      const answer = await call('packages:import', { path: inspected.path, task: id });
      setResult(answer);
      setInspected(null);
      onImported(answer.year);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setTask(null);
    }
  };

  const m = inspected?.inspection.manifest;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="package-import-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="package-import-title">
          匯入資料包
        </Title>
        <Text size="sm" c="dimmed">
          匯入各主管機關的資料包：先檢查檔案是否完整、有沒有被修改、是否與本機資料衝突，再取代該主管機關該學年度的資料。同一個資料包重複匯入不會改變資料。
        </Text>
        <Group align="flex-end" gap="md" wrap="wrap">
          <TextInput
            label="資料包檔案"
            description="由本程式「匯出本機構資料包」產生的 .iapkg 檔"
            placeholder="例如 D:\資料包\臺中市-113學年度.iapkg"
            value={path}
            onChange={(event) => setPath(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && path.trim() !== '') void inspect(path.trim());
            }}
            style={{ flex: 1, minWidth: 320 }}
            disabled={task !== null}
          />
          <Button variant="default" leftSection={<IconFolderOpen size={16} aria-hidden />} onClick={() => void inspect(null)} disabled={task !== null}>
            選擇檔案
          </Button>
          <Button variant="light" leftSection={<IconFileSearch size={16} aria-hidden />} onClick={() => void inspect(path.trim())} loading={checking} disabled={path.trim() === '' || task !== null}>
            檢查資料包
          </Button>
        </Group>
        {error ? (
          <Alert color="red" variant="light" title="沒有匯入" role="alert">
            {error}
          </Alert>
        ) : null}
        {inspected ? (
          <Stack gap="sm">
            <PackageInspection inspection={inspected.inspection} />
            {task === null ? (
              <Group>
                <Button
                  leftSection={<IconPackageImport size={16} aria-hidden />}
                  onClick={() => setConfirming(true)}
                  disabled={inspected.inspection.blocked !== null || inspected.inspection.unchanged}
                >
                  匯入這個資料包
                </Button>
              </Group>
            ) : (
              <ImportProgress task={task} />
            )}
          </Stack>
        ) : null}
        {result ? (
          <Alert color={result.status === 'landed' ? 'teal' : 'gray'} variant="light" title={result.status === 'landed' ? '匯入完成' : '沒有變更'} role="status">
            <Stack gap={4}>
              <Text size="sm">{result.message}</Text>
              {result.status === 'landed' ? (
                <Text size="sm">
                  移除原有的學校 {formatCount(result.removed.schools)} 所、教師 {formatCount(result.removed.teachers)} 位、研習時數紀錄 {formatCount(result.removed.hourRecords)} 筆；寫入{' '}
                  {result.written
                    .filter((p) => p.rows > 0 && p.name !== 'reference')
                    .map((p) => `${p.label} ${formatCount(p.rows)} 筆`)
                    .join('、')}
                  。（{(result.ms / 1000).toFixed(1)} 秒）
                </Text>
              ) : null}
              {result.conflicts.length > 0 ? <PackageConflicts rows={result.conflicts} /> : null}
            </Stack>
          </Alert>
        ) : null}
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="確認匯入資料包" closeButtonProps={{ 'aria-label': '關閉' }}>
        {m ? (
          <Stack gap="md">
            <Text size="sm">
              將以資料包取代本機 {m.authority} {m.year} 學年度的全部資料（學校 {formatCount(inspected?.inspection.existing.schools)} 所、教師 {formatCount(inspected?.inspection.existing.teachers)} 位）。其他主管機關的資料不受影響。
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)}>
                取消
              </Button>
              <Button onClick={() => void run()} data-autofocus>
                確認匯入
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Paper>
  );
}
