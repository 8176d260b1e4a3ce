import { Select } from '@mantine/core';
import { yearLabel, useYear } from '../state/year.tsx';

/** The school year every page shows; the choice is remembered between sessions. */
export function YearSwitcher() {
  const { years, year, setYear, loading } = useYear();
  const data = years.map((y) => ({ value: String(y.year), label: yearLabel(y.year) }));
  return (
    <Select
      aria-label="學年度"
      placeholder={loading ? '讀取中…' : '尚無學年度'}
      data={data}
      value={year === null ? null : String(year)}
      onChange={(value) => {
        if (value !== null) setYear(Number(value));
      }}
      allowDeselect={false}
      disabled={years.length === 0}
      w={140}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
