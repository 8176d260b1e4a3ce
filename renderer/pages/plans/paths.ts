// The pages of 進修規劃 (screens.md); nav.ts maps them, other pages link to them.
export const PLAN_PATHS = {
  schools: '/plans/schools',
  teachers: '/plans/teachers',
  progress: '/plans/progress',
  reminders: '/plans/reminders',
} as const;
