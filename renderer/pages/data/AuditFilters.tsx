import { Button, Group, Select, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useRef } from 'react';
import { AUDIT_ACTIONS, AUDIT_AREAS, type AuditAction, type AuditFilter } from '../../../preload/contracts/audit.ts';
import { RocDatePicker } from '../../components/RocDatePickers.tsx';

export const NO_AUDIT_FILTER: AuditFilter = { from: null, to: null, action: null, area: null, q: '' };

// The actions grouped by area, in the navigation's order.
const ACTION_OPTIONS = Object.entries(AUDIT_AREAS)
  .map(([area, group]) => ({
    group,
    items: Object.entries(AUDIT_ACTIONS)
      .filter(([, a]) => a.area === area)
      .map(([value, a]) => ({ value, label: a.label })),
  }))
  .filter((g) => g.items.length > 0);

interface AuditFiltersProps {
  value: AuditFilter;
  onChange: (patch: Partial<AuditFilter>) => void;
}

/** The filter bar of 操作紀錄: a range of days, the action, words in the summary or the user (Ctrl+F). */
export function AuditFilters({ value, onChange }: AuditFiltersProps) {
  const search = useRef<HTMLInputElement>(null);
  useHotkeys([['mod+F', () => { search.current?.focus(); search.current?.select(); }]], []);
  const filtered = value.from !== null || value.to !== null || value.action !== null || value.q !== '';
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search">
      <RocDatePicker aria-label="起日" placeholder="起日" value={value.from} onChange={(from) => onChange({ from })} maxDate={value.to ?? undefined} clearable w={140} />
      <RocDatePicker aria-label="迄日" placeholder="迄日" value={value.to} onChange={(to) => onChange({ to })} minDate={value.from ?? undefined} clearable w={140} />
      <Select
        aria-label="動作"
        placeholder="全部動作"
        data={ACTION_OPTIONS}
        value={value.action}
        onChange={(action) => onChange({ action: action !== null && Object.hasOwn(AUDIT_ACTIONS, action) ? (action as AuditAction) : null })}
        clearable
        searchable
        nothingFoundMessage="沒有這個動作"
        w={220}
      />
      <TextInput
        ref={search}
        aria-label="搜尋"
        placeholder="搜尋內容或使用者"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={value.q}
        maxLength={50}
        onChange={(event) => onChange({ q: event.currentTarget.value })}
        w={280}
      />
      <Button variant="subtle" leftSection={<IconX size={16} aria-hidden />} onClick={() => onChange(NO_AUDIT_FILTER)} disabled={!filtered}>
        清除條件
      </Button>
    </Group>
  );
}
