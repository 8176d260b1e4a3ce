/** The statistics area's pages (nav.ts maps them); ?authority=臺中市&stage=國小 preselects the filters. */
export const STATS_PATHS = {
  dashboard: '/stats',
  survey: '/stats/survey',
  participation: '/stats/participation',
} as const;
