import { Button, Group, Select, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useRef } from 'react';
import { STAGES } from '../../main/engine/vocabulary.ts';
import { useQuery } from '../api.ts';
import type { ListFilter } from './useListState.ts';

interface ListFiltersProps {
  year: number | null;
  value: ListFilter;
  onChange: (patch: Partial<ListFilter>) => void;
  onClear: () => void;
  /** Enter in the search box: search at once instead of after the pause. */
  onSearchNow: () => void;
  searchPlaceholder: string;
}

const STAGE_OPTIONS = STAGES.map((stage) => ({ value: stage, label: stage }));

/** The filter bar above a registry list: search (Ctrl+F), authority, stage and a clear button. */
export function ListFilters({ year, value, onChange, onClear, onSearchNow, searchPlaceholder }: ListFiltersProps) {
  const search = useRef<HTMLInputElement>(null);
  const authorities = useQuery('registry:authorities', year === null ? null : { year });
  const authorityOptions = (authorities.data ?? []).map((a) => ({ value: a.name, label: a.name }));
  if (value.authority !== null && !authorityOptions.some((o) => o.value === value.authority)) {
    authorityOptions.push({ value: value.authority, label: value.authority });
  }

  // Inputs do not swallow the shortcut: Ctrl+F always lands in the search box.
  useHotkeys(
    [
      [
        'mod+F',
        () => {
          search.current?.focus();
          search.current?.select();
        },
      ],
    ],
    [],
  );

  const filtered = value.q !== '' || value.authority !== null || value.stage !== null;
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search">
      <TextInput
        ref={search}
        aria-label="搜尋"
        placeholder={searchPlaceholder}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={value.q}
        maxLength={50}
        onChange={(event) => onChange({ q: event.currentTarget.value })}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onSearchNow();
        }}
        w={280}
      />
      <Select
        aria-label="主管機關"
        placeholder="全部主管機關"
        data={authorityOptions}
        value={value.authority}
        onChange={(authority) => onChange({ authority })}
        searchable
        clearable
        nothingFoundMessage="沒有這個主管機關"
        w={180}
      />
      <Select
        aria-label="學制"
        placeholder="全部學制"
        data={STAGE_OPTIONS}
        value={value.stage}
        onChange={(stage) => onChange({ stage: STAGES.find((s) => s === stage) ?? null })}
        clearable
        w={160}
      />
      <Button variant="subtle" leftSection={<IconX size={16} aria-hidden />} onClick={onClear} disabled={!filtered}>
        清除條件
      </Button>
    </Group>
  );
}
