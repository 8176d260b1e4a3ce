import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Output } from '../../preload/contract.ts';
import { useQuery, type ApiError } from '../api.ts';

export type YearSummary = Output<'years:list'>[number];

export interface YearState {
  /** Every school year in the database, newest first. */
  years: YearSummary[];
  /** The year the pages show; null while loading or when the database has none. */
  year: number | null;
  summary: YearSummary | null;
  loading: boolean;
  error: ApiError | null;
  setYear: (year: number) => void;
  /** Reads the years again (after demo data or an import); selects `select` when given. */
  reload: (select?: number) => void;
}

const STORAGE_KEY = 'inservice-admin.schoolYear';

function storedYear(): number | null {
  try {
    const value = Number(window.localStorage.getItem(STORAGE_KEY));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

function storeYear(year: number): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, String(year));
  } catch {
    // Storage may be unavailable; the choice then lasts for this session only.
  }
}

const YearContext = createContext<YearState | null>(null);

export function YearProvider({ children }: { children: ReactNode }) {
  const query = useQuery('years:list', {});
  const [chosen, setChosen] = useState<number | null>(storedYear);
  const years = useMemo(() => [...(query.data ?? [])].sort((a, b) => b.year - a.year), [query.data]);

  // The chosen year if the database has it, else the newest. The wish is kept as it is, so a year
  // selected just before the list is read again (new demo data) is shown once the list has it.
  const summary = years.find((y) => y.year === chosen) ?? years[0] ?? null;
  const year = summary?.year ?? null;

  const setYear = useCallback((next: number) => {
    setChosen(next);
    storeYear(next);
  }, []);

  const { reload: reloadYears } = query;
  const reload = useCallback(
    (select?: number) => {
      if (select !== undefined) setYear(select);
      reloadYears();
    },
    [reloadYears, setYear],
  );

  const loading = query.loading && query.data === undefined;
  const value = useMemo<YearState>(
    () => ({ years, year, summary, loading, error: query.error, setYear, reload }),
    [years, year, summary, loading, query.error, setYear, reload],
  );
  return <YearContext value={value}>{children}</YearContext>;
}

export function useYear(): YearState {
  const state = useContext(YearContext);
  if (state === null) throw new Error('useYear is used outside YearProvider');
  return state;
}

/** '113 學年度' */
export function yearLabel(year: number): string {
  return `${year} 學年度`;
}
