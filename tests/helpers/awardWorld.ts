// A small award year worked out by hand (tests/unit/awards.test.ts spells out every number).
//
// 22 rostered teachers, 550 hours in all: the computed national average is exactly 25.
// 甲市 國小 (10): 0 0 0 10 20 20 30 40 40 60   → PR 15 15 15 35 50 50 65 80 80 95
// 甲市 國中 (2):  25 15                        → PR 75 25
// 乙縣 國小 (10): 2 3 4 5 6 40 50 50 60 70     → PR 5 15 25 35 45 55 70 70 85 95
// Schools (mean of rostered teachers): A1 10, A2 34 (甲市 國小: PR 25, 75); A3 20 (甲市 國中: PR 50);
// A4 no teachers; B1 29 (乙縣 國小: PR 50).
import type { AwardInput, AwardSchoolInput, AwardTeacherInput } from '../../main/engine/awards.ts';
import { filingStatus } from '../../main/engine/planFiling.ts';
import type { FilingExplanation, PlanEvent } from '../../main/engine/planFiling.ts';
import { dayWindow } from '../../main/engine/schedule.ts';
import type { EffectiveWindow } from '../../main/engine/schedule.ts';
import type { Stage } from '../../main/engine/vocabulary.ts';

export const schoolWindow: EffectiveWindow = { ...dayWindow('2024-08-05', '2024-08-14'), source: { kind: 'group', label: '學校規劃 A 組' } };
export const teacherWindow: EffectiveWindow = { ...dayWindow('2024-09-05', '2024-09-12'), source: { kind: 'wave', label: '教師填寫第 2 波段' } };

const send = (at: string): PlanEvent => ({ action: '送出', at, actor: '填寫人' });
const histories: Record<string, PlanEvent[]> = {
  onTime: [send('2024-09-06T10:00:00+08:00')],
  late: [send('2024-09-13T10:00:00+08:00')],
  returned: [send('2024-09-06T10:00:00+08:00'), { action: '退回修改', at: '2024-09-07T09:00:00+08:00', actor: '承辦人', reason: '時數與需求不符' }],
  draft: [{ action: '暫存', at: '2024-09-06T10:00:00+08:00' }],
  none: [],
};
const schoolHistories: Record<string, PlanEvent[]> = {
  onTime: [send('2024-08-06T10:00:00+08:00')],
  late: [send('2024-08-20T10:00:00+08:00')],
  returned: [send('2024-08-06T10:00:00+08:00'), { action: '退回修改', at: '2024-08-07T09:00:00+08:00', actor: '承辦人', reason: '缺少學生總數' }],
};

export type FilingKind = 'onTime' | 'late' | 'returned' | 'draft' | 'none';

export function teacherFiling(kind: FilingKind): FilingExplanation {
  return filingStatus(histories[kind]!, teacherWindow);
}

export function schoolFiling(kind: 'onTime' | 'late' | 'returned'): FilingExplanation {
  return filingStatus(schoolHistories[kind]!, schoolWindow);
}

export function teacher(
  id: string, school: string, authority: string, stage: Stage, hours: number, filing: FilingKind = 'onTime',
): AwardTeacherInput {
  return { maskedId: id, name: `教師${id.slice(-3)}`, school, authority, stage, hours, filing: teacherFiling(filing) };
}

export function school(
  code: string, authority: string, stage: Stage, filing: 'onTime' | 'late' | 'returned' = 'onTime', teacherHours?: number[],
): AwardSchoolInput {
  return { code, name: `學校${code}`, authority, stage, filing: schoolFiling(filing), ...(teacherHours ? { teacherHours } : {}) };
}

const id = (n: number): string => `A12****${String(n).padStart(3, '0')}`;

export function world(): AwardInput {
  return {
    year: 113,
    authorities: ['甲市', '乙縣', '丙縣'],
    schools: [
      school('100001', '甲市', '國小'),
      school('100002', '甲市', '國小'),
      school('100003', '甲市', '國中', 'returned'),
      school('100004', '甲市', '國小'),
      school('200001', '乙縣', '國小', 'late'),
    ],
    teachers: [
      teacher(id(1), '100001', '甲市', '國小', 0),
      teacher(id(2), '100001', '甲市', '國小', 0, 'draft'),
      teacher(id(3), '100001', '甲市', '國小', 0, 'none'),
      teacher(id(4), '100001', '甲市', '國小', 10),
      teacher(id(5), '100002', '甲市', '國小', 20),
      teacher(id(6), '100002', '甲市', '國小', 20),
      teacher(id(7), '100002', '甲市', '國小', 30),
      teacher(id(8), '100001', '甲市', '國小', 40),
      teacher(id(9), '100002', '甲市', '國小', 40, 'returned'),
      teacher(id(10), '100002', '甲市', '國小', 60),
      teacher(id(11), '100003', '甲市', '國中', 25),
      teacher(id(12), '100003', '甲市', '國中', 15),
      ...[2, 3, 4, 5, 6, 40, 50].map((h, i) => teacher(id(21 + i), '200001', '乙縣', '國小', h)),
      teacher(id(28), '200001', '乙縣', '國小', 50, 'late'),
      teacher(id(29), '200001', '乙縣', '國小', 60),
      teacher(id(30), '200001', '乙縣', '國小', 70),
    ],
  };
}
