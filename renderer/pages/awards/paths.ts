/** The award area's pages (nav.ts maps them); ?run=N&compare=M opens a run and compares it. */
export const AWARD_PATHS = {
  runs: '/awards',
  achievement: '/awards/achievement',
} as const;
