import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useState } from 'react';
import { STAGES, type Stage } from '../../main/engine/vocabulary.ts';
import type { Sort } from './DataTable.tsx';

export const PAGE_SIZE = 50;
const SEARCH_DEBOUNCE_MS = 250;

export interface ListFilter {
  q: string;
  authority: string | null;
  stage: Stage | null;
}

export const NO_FILTER: ListFilter = { q: '', authority: null, stage: null };

/**
 * The filters, sort and page of a registry list. The search text reaches the API only after the
 * officer pauses typing; any change of filter, sort or school year goes back to page 1.
 */
export function useListState<Key extends string>(year: number | null, initialFilter: ListFilter, initialSort: Sort<Key>) {
  const [filter, setFilterState] = useState(initialFilter);
  const [sort, setSortState] = useState(initialSort);
  const [page, setPage] = useState(1);
  const [q, , debounce] = useDebouncedValue(filter.q.trim(), SEARCH_DEBOUNCE_MS);

  const [pageYear, setPageYear] = useState(year);
  if (pageYear !== year) {
    setPageYear(year);
    setPage(1);
  }

  const setFilter = useCallback((patch: Partial<ListFilter>) => {
    setFilterState((current) => ({ ...current, ...patch }));
    setPage(1);
  }, []);
  const setSort = useCallback((next: Sort<Key>) => {
    setSortState(next);
    setPage(1);
  }, []);
  const clear = useCallback(() => {
    setFilterState(NO_FILTER);
    setPage(1);
  }, []);

  const filtered = q !== '' || filter.authority !== null || filter.stage !== null;
  const request = {
    filter: { q, authority: filter.authority, stage: filter.stage },
    sort,
    page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  };
  return { filter, setFilter, clear, filtered, sort, setSort, page, setPage, request, searchNow: debounce.flush };
}

/** A list's first filter, from the link that opened the page (e.g. 總覽 → 學校 of one authority). */
export function filterFromParams(params: URLSearchParams): ListFilter {
  const stage = params.get('stage');
  return {
    q: params.get('q') ?? '',
    authority: params.get('authority'),
    stage: STAGES.find((s) => s === stage) ?? null,
  };
}
