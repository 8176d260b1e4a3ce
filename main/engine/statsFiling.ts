// Filing rates for the statistics (統計專區): of the schools (or rostered teachers) expected to file,
// how many filed — submitted, on time or not — and how many filed on time, the figure the awards use.
// A returned plan counts as not filed (domain.md "Plans").

export interface FilingTally {
  total: number;
  onTime: number;
  outsideWindow: number;
  returned: number;
  draft: number;
  none: number;
}

export interface FilingFigures {
  expected: number;
  filed: number;
  onTime: number;
  outsideWindow: number;
  returned: number;
  draft: number;
  none: number;
  filedRate: number | null;
  onTimeRate: number | null;
}

export function filingFigures(t: FilingTally): FilingFigures {
  const filed = t.onTime + t.outsideWindow;
  return {
    expected: t.total,
    filed,
    onTime: t.onTime,
    outsideWindow: t.outsideWindow,
    returned: t.returned,
    draft: t.draft,
    none: t.none,
    filedRate: t.total === 0 ? null : filed / t.total,
    onTimeRate: t.total === 0 ? null : t.onTime / t.total,
  };
}

export function emptyFilingTally(): FilingTally {
  return { total: 0, onTime: 0, outsideWindow: 0, returned: 0, draft: 0, none: 0 };
}

/** Adds `from` into `into` (an authority's stages into the authority, authorities into the nation). */
export function addFiling(into: FilingTally, from: FilingTally): FilingTally {
  into.total += from.total;
  into.onTime += from.onTime;
  into.outsideWindow += from.outsideWindow;
  into.returned += from.returned;
  into.draft += from.draft;
  into.none += from.none;
  return into;
}
