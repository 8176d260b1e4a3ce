import { MultiSelect } from '@mantine/core';

interface AuthorityChipsProps {
  label: string;
  /** The authorities of this group or wave. */
  value: string[];
  /** Every authority the schedule must place. */
  pool: string[];
  /** Where each authority of the pool sits now ('學校規劃 B 組'); absent when nowhere. */
  placement: ReadonlyMap<string, string>;
  /** This group's or wave's own label, to tell its members from the others'. */
  own: string;
  error?: string | undefined;
  onChange: (next: string[]) => void;
}

/**
 * The members of a group or wave as chips. The list offers the authorities not yet placed first,
 * then those placed elsewhere under the name of their group or wave: choosing one of those moves
 * it here, so an authority is never in two places by accident.
 */
export function AuthorityChips({ label, value, pool, placement, own, error, onChange }: AuthorityChipsProps) {
  const unplaced = pool.filter((a) => !placement.has(a));
  const elsewhere = new Map<string, string[]>();
  for (const a of pool) {
    const where = placement.get(a);
    if (where !== undefined && where !== own) elsewhere.set(where, [...(elsewhere.get(where) ?? []), a]);
  }
  const data = [
    { group: '本組成員', items: value },
    { group: '尚未安排', items: unplaced },
    ...[...elsewhere].map(([where, items]) => ({ group: `目前在${where}`, items })),
  ].filter((g) => g.items.length > 0);
  return (
    <MultiSelect
      label={label}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      hidePickedOptions
      nothingFoundMessage="沒有符合的主管機關"
      placeholder={value.length === 0 ? '選擇主管機關' : undefined}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
