import { useState } from 'react';
import { FILING_STATUSES, type FilingStatus } from '../../../main/engine/planFiling.ts';
import type { Sort } from '../../components/DataTable.tsx';
import { filterFromParams, useListState } from '../../components/useListState.ts';
import { useRoute } from '../../state/route.ts';

/**
 * A plan list's state: the registry lists' search, authority, stage, sort and page, plus the filing
 * status and (teachers) one school — all of which a link may set (?filing=returned&school=193601).
 */
export function usePlanList<Key extends string>(year: number, initialSort: Sort<Key>) {
  const { params } = useRoute();
  const list = useListState<Key>(year, filterFromParams(params), initialSort);
  const [filing, setFilingState] = useState<FilingStatus | null>(FILING_STATUSES.find((s) => s === params.get('filing')) ?? null);
  const [schoolCode, setSchoolCodeState] = useState<string | null>(params.get('school'));
  const setFiling = (next: FilingStatus | null) => {
    setFilingState(next);
    list.setPage(1);
  };
  const setSchoolCode = (next: string | null) => {
    setSchoolCodeState(next);
    list.setPage(1);
  };
  const clear = () => {
    list.clear();
    setFilingState(null);
    setSchoolCodeState(null);
  };
  return {
    ...list,
    filing,
    setFiling,
    schoolCode,
    setSchoolCode,
    clear,
    filtered: list.filtered || filing !== null || schoolCode !== null,
  };
}
