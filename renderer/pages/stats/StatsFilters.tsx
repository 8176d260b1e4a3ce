import { Button, Group, Select } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { STAGES, type Stage } from '../../../main/engine/vocabulary.ts';
import { useQuery } from '../../api.ts';
import { useYear, yearLabel } from '../../state/year.tsx';

export interface StatsFilter {
  authority: string | null;
  stage: Stage | null;
}

export const NO_FILTER: StatsFilter = { authority: null, stage: null };

/** The filter from a link: ?authority=臺中市&stage=國小. */
export function filterFromParams(params: URLSearchParams): StatsFilter {
  const stage = STAGES.find((s) => s === params.get('stage')) ?? null;
  return { authority: params.get('authority') || null, stage };
}

/** The filter as the stats channels take it: blanks left out. */
export function filterInput(filter: StatsFilter): { authority?: string; stage?: Stage } {
  return { ...(filter.authority ? { authority: filter.authority } : {}), ...(filter.stage ? { stage: filter.stage } : {}) };
}

/** '臺中市・國小' or '全部主管機關・全部學制': what the numbers cover, for captions and file names. */
export function scopeText(filter: StatsFilter): string {
  return `${filter.authority ?? '全部主管機關'}・${filter.stage ?? '全部學制'}`;
}

const STAGE_OPTIONS = STAGES.map((stage) => ({ value: stage, label: stage }));

interface StatsFiltersProps {
  year: number;
  value: StatsFilter;
  onChange: (next: StatsFilter) => void;
  /** Pages whose numbers have no stage (the survey) leave the stage out. */
  withStage?: boolean;
}

/** Above every statistics page: the school year (the header's switcher, here too), authority and stage. */
export function StatsFilters({ year, value, onChange, withStage = true }: StatsFiltersProps) {
  const { years, setYear } = useYear();
  const filters = useQuery('stats:filters', { year });
  const authorityOptions = (filters.data?.authorities ?? []).map((name) => ({ value: name, label: name }));
  const stageOptions = filters.data ? filters.data.stages.map((stage) => ({ value: stage, label: stage })) : STAGE_OPTIONS;
  if (value.authority !== null && !authorityOptions.some((o) => o.value === value.authority)) {
    authorityOptions.push({ value: value.authority, label: value.authority });
  }
  const filtered = value.authority !== null || value.stage !== null;
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="統計條件" mb="md">
      <Select
        label="學年度"
        aria-label="統計年度"
        data={years.map((y) => ({ value: String(y.year), label: yearLabel(y.year) }))}
        value={String(year)}
        onChange={(v) => {
          if (v !== null) setYear(Number(v));
        }}
        allowDeselect={false}
        w={150}
      />
      <Select
        label="主管機關"
        placeholder="全部主管機關"
        data={authorityOptions}
        value={value.authority}
        onChange={(authority) => onChange({ ...value, authority })}
        searchable
        clearable
        nothingFoundMessage="沒有這個主管機關"
        w={190}
      />
      {withStage ? (
        <Select
          label="學制"
          placeholder="全部學制"
          data={stageOptions}
          value={value.stage}
          onChange={(stage) => onChange({ ...value, stage: STAGES.find((s) => s === stage) ?? null })}
          clearable
          w={170}
        />
      ) : null}
      <Button variant="subtle" leftSection={<IconX size={16} aria-hidden />} onClick={() => onChange(NO_FILTER)} disabled={!filtered}>
        清除條件
      </Button>
    </Group>
  );
}
