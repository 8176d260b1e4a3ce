import { z } from 'zod';
import { channel, pageInput, pageOf } from './common.ts';

// The audit trail (資料與安全 › 操作紀錄): every change made through the API, written at the one door
// (main/api/dispatch.ts) by the rules of main/api/auditRules.ts. The actions and areas are listed
// here once; the rules, the screen and the exported workbook all read these labels.

/** The areas of the app a change belongs to, in the order of the navigation (screens.md). */
export const AUDIT_AREAS = {
  schedule: '年度時程',
  registry: '學校與教師',
  plans: '進修規劃',
  hours: '研習時數',
  awards: '獎勵與達成率',
  imports: '匯入',
  exports: '匯出與列印',
  data: '資料與安全',
  settings: '設定',
} as const;
export type AuditArea = keyof typeof AUDIT_AREAS;

/** Every kind of recorded change: its label and its area. */
export const AUDIT_ACTIONS = {
  'schedule.save': { label: '修改年度時程', area: 'schedule' },
  'schedule.import': { label: '匯入年度時程', area: 'schedule' },
  'schedule.rollOver': { label: '延續時程至下一學年度', area: 'schedule' },
  'schedule.createBuiltIn': { label: '建立內建年度時程', area: 'schedule' },
  'registry.confirmLeft': { label: '標記教師離職', area: 'registry' },
  'registry.revealNationalId': { label: '檢視完整身分證字號', area: 'registry' },
  'plans.return': { label: '退回規劃', area: 'plans' },
  'plans.review': { label: '標記規劃已審閱', area: 'plans' },
  'hours.resolve': { label: '確認待處理時數', area: 'hours' },
  'hours.retry': { label: '重新比對待確認時數', area: 'hours' },
  'hours.demo': { label: '產生示範研習時數', area: 'hours' },
  'awards.run': { label: '計算獎勵名單', area: 'awards' },
  'imports.run': { label: '匯入資料', area: 'imports' },
  'exports.file': { label: '匯出檔案', area: 'exports' },
  'demo.create': { label: '建立示範資料', area: 'data' },
  'backup.create': { label: '手動備份', area: 'data' },
  'backup.restore': { label: '還原備份', area: 'data' },
  'packages.import': { label: '匯入資料包', area: 'data' },
  'classification.import': { label: '匯入課程分類', area: 'settings' },
} as const satisfies Record<string, { label: string; area: AuditArea }>;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

const actionCodes = Object.keys(AUDIT_ACTIONS) as [AuditAction, ...AuditAction[]];
const areaCodes = Object.keys(AUDIT_AREAS) as [AuditArea, ...AuditArea[]];

export const AUDIT_RESULTS = { ok: '完成', refused: '被拒收', cancelled: '已取消' } as const;

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期的格式應為 YYYY-MM-DD');

export const auditFilter = z
  .object({
    /** Local calendar days, both included. */
    from: day.nullable().default(null),
    to: day.nullable().default(null),
    action: z.enum(actionCodes).nullable().default(null),
    area: z.enum(areaCodes).nullable().default(null),
    /** Words in the summary or the user name. */
    q: z.string().trim().max(50).default(''),
  })
  .default({ from: null, to: null, action: null, area: null, q: '' });
export type AuditFilter = z.infer<typeof auditFilter>;

export const auditRow = z.object({
  id: z.number().int(),
  at: z.string(),
  osUser: z.string(),
  action: z.string(),
  area: z.string(),
  summary: z.string(),
  details: z.record(z.string(), z.unknown()),
  result: z.enum(['ok', 'refused', 'cancelled']),
  appVersion: z.string(),
});
export type AuditRow = z.infer<typeof auditRow>;

export const auditContract = {
  /** The trail, newest first, filtered and paged in SQL. */
  'audit:list': channel(z.object({ filter: auditFilter, page: pageInput.default({ offset: 0, limit: 50 }) }), pageOf(auditRow)),
  /**
   * Every matching row as a styled .xlsx. Without `path` the desktop app's save dialog asks where;
   * `available` is false where there is none (the browser test host), `path` null when cancelled.
   */
  'audit:export': channel(
    z.object({ filter: auditFilter, path: z.string().trim().min(1).max(1000).optional() }),
    z.object({ available: z.boolean(), path: z.string().nullable(), rows: z.number().int() }),
  ),
};
