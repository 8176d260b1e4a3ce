import type { Output } from '../../../preload/contract.ts';

export type ImportReport = Output<'imports:report'>;

export const STATUS = {
  landed: { label: '已匯入', color: 'green' },
  refused: { label: '拒收', color: 'red' },
  cancelled: { label: '已取消', color: 'yellow' },
  failed: { label: '未完成', color: 'red' },
} as const;

/** The kinds' labels as the wizard shows them (the API's imports:kinds holds the full list). */
export const KIND_LABELS: Record<string, string> = {
  authorities: '主管機關',
  schools: '學校',
  teachers: '教師名單',
  accounts: '業務帳號',
  contacts: '承辦人資料',
  courses: '研習課程',
  hours: '研習時數',
  'school-plans': '學校規劃',
  'teacher-plans': '教師規劃',
  survey: '滿意度問卷',
};

export const kindLabel = (kind: string): string => KIND_LABELS[kind] ?? kind;
