/** The export area's page (nav.ts maps it); ?form=award-list&authority=臺中市&school=193001 preselects. */
export const EXPORT_PATHS = {
  page: '/exports',
} as const;
