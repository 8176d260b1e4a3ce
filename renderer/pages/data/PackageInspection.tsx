import { Alert, Badge, Group, List, SimpleGrid, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconX } from '@tabler/icons-react';
import { formatRocDateTime } from '../../../main/engine/rocDate.ts';
import type { PackageInspection as Inspection } from '../../../preload/contracts/packages.ts';
import { formatCount } from '../../components/format.ts';
import { PackageConflicts } from './PackageConflicts.tsx';

const NUM = { fontVariantNumeric: 'tabular-nums' } as const;

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {value}
      </Text>
    </Stack>
  );
}

/** What a package holds, what was checked, and what importing it would do. */
export function PackageInspection({ inspection }: { inspection: Inspection }) {
  const m = inspection.manifest;
  const creates = [inspection.willCreate.year ? `${m.year} 學年度` : null, inspection.willCreate.schedule ? '年度時程' : null, inspection.willCreate.authority ? `主管機關「${m.authority}」` : null].filter(Boolean);
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Fact label="主管機關" value={`${m.authority}（${m.authorityCode}）`} />
        <Fact label="學年度" value={`${m.year} 學年度`} />
        <Fact label="建立時間" value={formatRocDateTime(m.createdAt)} />
        <Fact label="資料結構／程式版本" value={`第 ${m.schemaVersion} 版／${m.appVersion}`} />
      </SimpleGrid>
      <Group align="flex-start" gap="xl" wrap="wrap">
        <Stack gap={4} style={{ flex: 1, minWidth: 300 }}>
          <Title order={3} size="h5">
            檢查結果
          </Title>
          <List spacing={6} size="sm" aria-label="檢查結果">
            {inspection.checks.map((c) => (
              <List.Item
                key={c.label}
                icon={
                  <ThemeIcon color={c.ok ? 'teal' : 'orange'} size={20} radius="xl" aria-label={c.ok ? '通過' : '需注意'}>
                    {c.ok ? <IconCheck size={13} /> : <IconAlertTriangle size={13} />}
                  </ThemeIcon>
                }
              >
                <Text span fw={600} size="sm">
                  {c.label}
                </Text>
                ：{c.detail}
              </List.Item>
            ))}
          </List>
        </Stack>
        <Stack gap={4} miw={280}>
          <Title order={3} size="h5">
            資料包內容
          </Title>
          <Table withRowBorders={false} verticalSpacing={2} fz="sm" aria-label="資料包內容">
            <Table.Tbody>
              {m.parts.map((p) => (
                <Table.Tr key={p.name}>
                  <Table.Td>{p.label}</Table.Td>
                  <Table.Td ta="right" style={NUM}>
                    {formatCount(p.rows)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </Group>
      {inspection.blocked ? (
        <Alert color="red" variant="light" title="這個資料包無法匯入" icon={<IconX aria-hidden />} role="alert">
          {inspection.blocked} 請先確認學校與主管機關的資料，沒有匯入任何資料。
        </Alert>
      ) : inspection.unchanged ? (
        <Alert color="gray" variant="light" title="已匯入過" role="status">
          這個資料包已經匯入，之後 {m.authority} 的資料也沒有變更：再匯入一次不會改變任何資料。
        </Alert>
      ) : (
        <Alert color="blue" variant="light" title="匯入時會發生什麼" role="status">
          <Text size="sm">
            {inspection.existing.schools === 0 && inspection.existing.teachers === 0
              ? `本機還沒有 ${m.authority} ${m.year} 學年度的學校與教師，匯入後新增資料包的內容；`
              : `先移除本機 ${m.authority} ${m.year} 學年度的學校 ${formatCount(inspection.existing.schools)} 所、教師 ${formatCount(inspection.existing.teachers)} 位、研習時數紀錄 ${formatCount(inspection.existing.hourRecords)} 筆，再寫入資料包的內容；`}
            其他主管機關的資料不受影響。全部一次完成，中斷時資料保持原樣。
          </Text>
          {creates.length > 0 ? <Text size="sm">本機沒有的 {creates.join('、')} 會一併建立。</Text> : null}
        </Alert>
      )}
      {inspection.conflicts.length > 0 ? (
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={3} size="h5">
              重複列冊的教師
            </Title>
            <Badge color="orange" variant="light">
              {formatCount(inspection.conflicts.length)} 位
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            這些教師已列在本機其他主管機關的名冊中。匯入時保留本機原有的紀錄，不匯入資料包中這些教師的名冊、規劃與時數；請與兩個主管機關確認教師實際服務的學校。
          </Text>
          <PackageConflicts rows={inspection.conflicts} />
        </Stack>
      ) : null}
      <Text size="xs" c="dimmed">
        檔案 {inspection.fileName}（{formatCount(inspection.fileBytes)} 位元組），SHA-256 {inspection.fileSha256}
      </Text>
    </Stack>
  );
}
