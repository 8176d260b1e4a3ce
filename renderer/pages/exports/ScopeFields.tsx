import { Group, Select, Text, TextInput } from '@mantine/core';
import { formatRocDateTime } from '../../../main/engine/rocDate.ts';
import { useQuery } from '../../api.ts';
import { filtersOf, type ExportItem, type Scope } from './exportItems.ts';

interface ScopeFieldsProps {
  year: number;
  item: ExportItem;
  scope: Scope;
  onChange: (patch: Partial<Scope>) => void;
}

/** The filters the chosen form takes: authority, school code, teacher's ID, award run. */
export function ScopeFields({ year, item, scope, onChange }: ScopeFieldsProps) {
  const filters = filtersOf(item);
  const authorities = useQuery('registry:authorities', filters.includes('authority') ? { year } : null);
  const runs = useQuery('awards:list', filters.includes('run') ? { year } : null);
  if (filters.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        這一項匯出整個學年度的資料，沒有其他篩選條件。
      </Text>
    );
  }
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      {filters.includes('authority') ? (
        <Select
          label="主管機關"
          placeholder="全部主管機關"
          clearable
          searchable
          w={200}
          data={(authorities.data ?? []).map((a) => a.name)}
          value={scope.authority}
          onChange={(authority) => onChange({ authority })}
        />
      ) : null}
      {filters.includes('school') ? (
        <TextInput label="學校代碼" placeholder="全部學校" w={150} value={scope.school} onChange={(e) => onChange({ school: e.currentTarget.value })} />
      ) : null}
      {filters.includes('teacher') ? (
        <TextInput
          label="教師身分證字號"
          description="只印一位教師時填寫"
          placeholder="全部教師"
          w={190}
          autoComplete="off"
          value={scope.teacher}
          onChange={(e) => onChange({ teacher: e.currentTarget.value })}
        />
      ) : null}
      {filters.includes('run') ? (
        <Select
          label="獎勵計算"
          placeholder={runs.data?.length === 0 ? '這個學年度還沒有計算紀錄' : '最近一次計算'}
          clearable
          w={320}
          data={(runs.data ?? []).map((r) => ({ value: String(r.id), label: `第 ${r.id} 次（${formatRocDateTime(r.createdAt)}，PR 門檻 ${r.parameters.threshold}）` }))}
          value={scope.run === null ? null : String(scope.run)}
          onChange={(v) => onChange({ run: v === null ? null : Number(v) })}
        />
      ) : null}
    </Group>
  );
}
