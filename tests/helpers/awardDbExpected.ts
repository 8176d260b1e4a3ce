// The award result of tests/helpers/awardDbWorld.ts, worked out by hand: national average
// 275 / 11 = 25; PRs written as the formula [cf_L + (X − X_L)/i · f_x] · 100 / N with i = 1 and
// class origin −0.5. Shared by the database, API and command-line tests.
import { maskNationalId } from '../../main/engine/nationalId.ts';
import { nationalIdOf } from './awardDbWorld.ts';

export const masked = (n: number): string => maskNationalId(nationalIdOf(n));

export const T = (n: number, school: string, authority: string, stage: string, hours: number, groupSize: number, pr: number, filedOnTime: boolean, reasons: string[]) => ({
  maskedId: masked(n), name: `教師${n}`, school, authority, stage, hours, groupSize, pr, filedOnTime, awarded: reasons.length === 0, reasons,
});
export const S = (code: string, name: string, authority: string, stage: string, teachers: number, averageHours: number | null, groupSize: number, pr: number | null, filedOnTime: boolean, reasons: string[]) => ({
  code, name, authority, stage, teachers, averageHours, groupSize, pr, filedOnTime, awarded: reasons.length === 0, reasons,
});
export const BELOW = 'belowNationalAverage';
export const LATE = 'notFiledOnTime';
export const PR = 'prBelowThreshold';

export const EXPECTED = {
  year: 113,
  parameters: { classWidth: 1, classOrigin: -0.5, threshold: 70, fillRateThreshold: 0.6, nationalAverageSource: 'computed' },
  nationalAverage: 25,
  authorities: [
    { authority: '臺中市', schools: 3, filedOnTime: 2, fillRate: 2 / 3, awarded: true, reasons: [] },
    { authority: '屏東縣', schools: 2, filedOnTime: 1, fillRate: 0.5, awarded: false, reasons: ['fillRateBelowThreshold'] },
    { authority: '澎湖縣', schools: 1, filedOnTime: 0, fillRate: 0, awarded: false, reasons: ['fillRateBelowThreshold'] },
  ],
  schools: [
    S('193301', '臺中市立丙國民中學', '臺中市', '國中', 1, 35, 1, (0.5 * 100) / 1, true, [PR]),
    // 25 and 25.1667 share the class [24.5, 25.5): cf_L 0, f_x 2. 25 equals the national average: it counts.
    S('193601', '臺中市立甲國民小學', '臺中市', '國小', 4, 25, 2, ((0 + 0.5 * 2) * 100) / 2, true, [PR]),
    S('193602', '臺中市立乙國民小學', '臺中市', '國小', 3, 7550 / 300, 2, ((0 + (7550 / 300 - 24.5) * 2) * 100) / 2, false, [LATE, PR]),
    S('133601', '屏東縣立丁國民小學', '屏東縣', '國小', 2, 30, 2, ((1 + 0.5 * 1) * 100) / 2, true, []),
    // 4.5 sits on the boundary: the lower limit of [4.5, 5.5), PR 0.
    S('133602', '屏東縣立戊國民小學', '屏東縣', '國小', 1, 4.5, 2, 0, false, [LATE, BELOW, PR]),
    S('163601', '澎湖縣立己國民小學', '澎湖縣', '國小', 0, null, 0, null, false, [LATE, 'noTeachers']),
  ],
  teachers: [
    T(8, '193301', '臺中市', '國中', 35, 1, 50, true, [PR]),
    T(1, '193601', '臺中市', '國小', 10, 7, (1.5 * 100) / 7, true, [BELOW, PR]),
    T(2, '193601', '臺中市', '國小', 20, 7, (2.5 * 100) / 7, false, [LATE, BELOW, PR]),
    T(3, '193601', '臺中市', '國小', 30, 7, (4.5 * 100) / 7, true, [PR]),
    T(4, '193601', '臺中市', '國小', 40, 7, (5.5 * 100) / 7, true, []),
    T(5, '193602', '臺中市', '國小', 0, 7, (0.5 * 100) / 7, false, [LATE, BELOW, PR]),
    // 25.5 on the boundary of [25.5, 26.5): cf_L 3 (0, 10, 20), fraction 0.
    T(6, '193602', '臺中市', '國小', 25.5, 7, (3 * 100) / 7, false, [LATE, PR]),
    T(7, '193602', '臺中市', '國小', 50, 7, (6.5 * 100) / 7, false, [LATE]),
    T(9, '133601', '屏東縣', '國小', 15, 3, (1.5 * 100) / 3, false, [LATE, BELOW, PR]),
    T(10, '133601', '屏東縣', '國小', 45, 3, (2.5 * 100) / 3, true, []),
    T(11, '133602', '屏東縣', '國小', 4.5, 3, 0, true, [BELOW, PR]),
  ],
};

