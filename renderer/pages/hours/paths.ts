// The pages of 研習時數 (screens.md); nav.ts maps them, other pages link to them.
export const HOURS_PATHS = {
  courses: '/hours/courses',
  records: '/hours/records',
  pending: '/hours/pending',
} as const;
