import { describe, expect, it } from 'vitest';
import { computeAwards, resolveAwardParameters } from '../../main/engine/awards.ts';
import type { AwardInput, AwardReason } from '../../main/engine/awards.ts';
import { school, teacher, world } from '../helpers/awardWorld.ts';

type TeacherRow = [maskedId: string, hours: number, groupSize: number, pr: number, filed: boolean, reasons: AwardReason[]];

const NF = 'notFiledOnTime' as const;
const BA = 'belowNationalAverage' as const;
const PB = 'prBelowThreshold' as const;

describe('the hand-computed award year (tests/helpers/awardWorld.ts)', () => {
  const result = computeAwards(world());

  it('prints the parameters and the computed national average: 550 hours / 22 teachers = 25', () => {
    expect(result.year).toBe(113);
    expect(result.parameters).toEqual({ classWidth: 1, classOrigin: -0.5, threshold: 70, fillRateThreshold: 0.6, nationalAverageSource: 'computed' });
    expect(result.nationalAverage).toBe(25);
  });

  it('authorities: on-time filing rate of their schools ≥ 60%', () => {
    expect(result.authorities).toEqual([
      { authority: '甲市', schools: 4, filedOnTime: 3, fillRate: 0.75, awarded: true, reasons: [] },
      { authority: '乙縣', schools: 1, filedOnTime: 0, fillRate: 0, awarded: false, reasons: ['fillRateBelowThreshold'] },
      { authority: '丙縣', schools: 0, filedOnTime: 0, fillRate: null, awarded: false, reasons: ['fillRateBelowThreshold'] },
    ]);
  });

  it('schools: mean hours of the rostered teachers, ranked among schools of the same authority and stage', () => {
    expect(result.schools).toEqual([
      // 甲市 國小 ranks A1 (10) and A2 (34) only: PR (0 + ½·1)·100/2 = 25 and (1 + ½·1)·100/2 = 75.
      { code: '100001', name: '學校100001', authority: '甲市', stage: '國小', teachers: 5, averageHours: 10, groupSize: 2, pr: 25, filedOnTime: true, awarded: false, reasons: [BA, PB] },
      { code: '100002', name: '學校100002', authority: '甲市', stage: '國小', teachers: 5, averageHours: 34, groupSize: 2, pr: 75, filedOnTime: true, awarded: true, reasons: [] },
      // A plan returned for edit is not filed; alone in 甲市 國中, PR 50.
      { code: '100003', name: '學校100003', authority: '甲市', stage: '國中', teachers: 2, averageHours: 20, groupSize: 1, pr: 50, filedOnTime: false, awarded: false, reasons: [NF, BA, PB] },
      // No rostered teachers: no score, not in its group's population, not awarded.
      { code: '100004', name: '學校100004', authority: '甲市', stage: '國小', teachers: 0, averageHours: null, groupSize: 2, pr: null, filedOnTime: true, awarded: false, reasons: ['noTeachers'] },
      // Submitted after its window; 290 / 10 = 29 ≥ 25 but alone in 乙縣 國小: PR 50.
      { code: '200001', name: '學校200001', authority: '乙縣', stage: '國小', teachers: 10, averageHours: 29, groupSize: 1, pr: 50, filedOnTime: false, awarded: false, reasons: [NF, PB] },
    ]);
  });

  it('teachers: total hours, ranked among teachers of the same authority and stage', () => {
    const rows: TeacherRow[] = result.teachers.map((t) => [t.maskedId, t.hours, t.groupSize, t.pr, t.filedOnTime, t.reasons]);
    expect(rows).toEqual<TeacherRow[]>([
      // 甲市 國小, N = 10, mid-ranks: three 0s → (0 + 1.5)·10 = 15
      ['A12****001', 0, 10, 15, true, [BA, PB]],
      ['A12****002', 0, 10, 15, false, [NF, BA, PB]],
      ['A12****003', 0, 10, 15, false, [NF, BA, PB]],
      ['A12****004', 10, 10, 35, true, [BA, PB]],
      ['A12****005', 20, 10, 50, true, [BA, PB]],
      ['A12****006', 20, 10, 50, true, [BA, PB]],
      // Above the average, PR 65: narrowly out.
      ['A12****007', 30, 10, 65, true, [PB]],
      ['A12****008', 40, 10, 80, true, []],
      // Returned plan: not filed, whatever the hours.
      ['A12****009', 40, 10, 80, false, [NF]],
      ['A12****010', 60, 10, 95, true, []],
      // 甲市 國中, N = 2: hours exactly equal to the national average count (25 ≥ 25).
      ['A12****011', 25, 2, 75, true, []],
      ['A12****012', 15, 2, 25, true, [BA, PB]],
      // 乙縣 國小, N = 10
      ['A12****021', 2, 10, 5, true, [BA, PB]],
      ['A12****022', 3, 10, 15, true, [BA, PB]],
      ['A12****023', 4, 10, 25, true, [BA, PB]],
      ['A12****024', 5, 10, 35, true, [BA, PB]],
      ['A12****025', 6, 10, 45, true, [BA, PB]],
      ['A12****026', 40, 10, 55, true, [PB]],
      // Two 50s above six: (6 + ½·2)·100/10 = 70 exactly — meets PR ≥ 70.
      ['A12****027', 50, 10, 70, true, []],
      ['A12****028', 50, 10, 70, false, [NF]],
      ['A12****029', 60, 10, 85, true, []],
      ['A12****030', 70, 10, 95, true, []],
    ]);
    expect(result.teachers[0]).toEqual({
      maskedId: 'A12****001', name: '教師001', school: '100001', authority: '甲市', stage: '國小', hours: 0, groupSize: 10, pr: 15,
      filedOnTime: true, awarded: false, reasons: [BA, PB],
    });
  });

  it('is the `awards --json` shape and survives JSON unchanged', () => {
    expect(Object.keys(result)).toEqual(['year', 'parameters', 'nationalAverage', 'authorities', 'schools', 'teachers']);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('parameters', () => {
  it('a provided national average replaces the computed one, and the run says so', () => {
    const result = computeAwards({ ...world(), parameters: { nationalAverage: { source: 'provided', value: 30 } } });
    expect(result.parameters.nationalAverageSource).toBe('provided');
    expect(result.nationalAverage).toBe(30);
    const byId = new Map(result.teachers.map((t) => [t.maskedId, t]));
    // 25 hours were enough against the computed 25, not against the provided 30.
    expect(byId.get('A12****011')?.reasons).toEqual([BA]);
    // 30 hours equal the provided average: still only the PR keeps this teacher out.
    expect(byId.get('A12****007')?.reasons).toEqual([PB]);
    expect(result.schools.find((s) => s.code === '100002')?.awarded).toBe(true);
  });

  it('class width 2 (origin −1) changes the ranks', () => {
    const result = computeAwards({ ...world(), parameters: { classWidth: 2 } });
    expect(result.parameters).toMatchObject({ classWidth: 2, classOrigin: -1 });
    // 乙縣 國小 at 50: class [49, 51), cf_L 6, f_x 2, fraction (50 − 49)/2 = ½ → still 70.
    // 乙縣 國小 at 6: class [5, 7), cf_L 3, f_x 2 (5 and 6), fraction ½ → (3 + 1)·10 = 40.
    expect(result.teachers.find((t) => t.maskedId === 'A12****025')?.pr).toBe(40);
    expect(result.teachers.find((t) => t.maskedId === 'A12****027')?.pr).toBe(70);
  });

  it('a threshold other than 70', () => {
    const result = computeAwards({ ...world(), parameters: { threshold: 65 } });
    expect(result.teachers.find((t) => t.maskedId === 'A12****007')?.awarded).toBe(true);
  });

  it('defaults and refusals', () => {
    expect(resolveAwardParameters()).toEqual({ classWidth: 1, classOrigin: -0.5, threshold: 70, fillRateThreshold: 0.6, nationalAverage: { source: 'computed' } });
    expect(resolveAwardParameters({ classWidth: 0.5 }).classOrigin).toBe(-0.25);
    expect(resolveAwardParameters({ classWidth: 2, classOrigin: 0 }).classOrigin).toBe(0);
    expect(() => resolveAwardParameters({ threshold: 101 })).toThrow('百分等級門檻');
    expect(() => resolveAwardParameters({ fillRateThreshold: 60 })).toThrow('填報率門檻');
    expect(() => resolveAwardParameters({ classWidth: 0 })).toThrow('組距');
    expect(() => resolveAwardParameters({ nationalAverage: { source: 'provided', value: Number.NaN } })).toThrow('全國平均');
  });
});

describe('rules at their edges', () => {
  const base = (over: Partial<AwardInput>): AwardInput => ({ year: 113, authorities: [], schools: [], teachers: [], ...over });

  it('an authority at exactly 60% (3 of 5) is awarded; an authority met only on a school is listed', () => {
    const schools = [
      school('1', '甲市', '國小'), school('2', '甲市', '國小'), school('3', '甲市', '國小'),
      school('4', '甲市', '國小', 'late'), school('5', '甲市', '國小', 'returned'), school('6', '戊縣', '國中'),
    ];
    expect(computeAwards(base({ authorities: ['甲市'], schools })).authorities).toEqual([
      { authority: '甲市', schools: 5, filedOnTime: 3, fillRate: 0.6, awarded: true, reasons: [] },
      { authority: '戊縣', schools: 1, filedOnTime: 1, fillRate: 1, awarded: true, reasons: [] },
    ]);
  });

  it('a school average exactly equal to the national average counts (no float drift in the means)', () => {
    // National: (0.1 + 0.2 + 0.3) / 3 = 0.2, where a float sum gives 0.20000000000000004 and would put
    // both schools (means 0.2) and the 0.2-hour teacher below it.
    expect((0.1 + 0.2 + 0.3) / 3).toBeGreaterThan(0.2);
    const result = computeAwards(base({
      schools: [school('1', '甲市', '國小'), school('2', '甲市', '國小')],
      teachers: [teacher('A1', '1', '甲市', '國小', 0.1), teacher('A3', '2', '甲市', '國小', 0.2), teacher('A2', '1', '甲市', '國小', 0.3)],
      parameters: { classWidth: 0.1 },
    }));
    expect(result.nationalAverage).toBe(0.2);
    expect(result.schools.map((s) => [s.averageHours, s.reasons])).toEqual([[0.2, [PB]], [0.2, [PB]]]);
    expect(result.teachers.find((t) => t.maskedId === 'A3')?.reasons).not.toContain(BA);
  });

  it('hours carrying float noise are read to the hundredth', () => {
    const result = computeAwards(base({ teachers: [teacher('A1', '1', '甲市', '國小', 10.100000000000001)] }));
    expect(result.teachers[0]?.hours).toBe(10.1);
    expect(result.nationalAverage).toBe(10.1);
  });

  it('a teacher who changed school is counted where rostered at the cutoff, not where the hours were earned', () => {
    // The roster row at the cutoff puts 王 at 乙縣's junior high 200002, though most of the hours
    // were earned while at 甲市's 100001: the engine takes school, authority and stage from the row.
    const moved = { ...teacher('B12****345', '200002', '乙縣', '國中', 30), name: '王' };
    const result = computeAwards(base({
      schools: [school('100001', '甲市', '國小'), school('200002', '乙縣', '國中')],
      teachers: [teacher('A1', '100001', '甲市', '國小', 10), teacher('A2', '100001', '甲市', '國小', 20), moved, teacher('C1', '200002', '乙縣', '國中', 10)],
    }));
    const row = result.teachers.find((t) => t.maskedId === 'B12****345');
    expect(row).toMatchObject({ school: '200002', authority: '乙縣', stage: '國中', groupSize: 2, pr: 75 });
    expect(result.schools.map((s) => [s.code, s.teachers, s.averageHours])).toEqual([['100001', 2, 15], ['200002', 2, 20]]);
  });

  it('a school`s teacher hours may be given directly, and then they are used as given', () => {
    const result = computeAwards(base({
      schools: [school('1', '甲市', '國小', 'onTime', [30, 10]), school('2', '甲市', '國小', 'onTime', [])],
      teachers: [teacher('A1', '1', '甲市', '國小', 99)],
    }));
    expect(result.schools.map((s) => [s.teachers, s.averageHours, s.pr, s.reasons])).toEqual([[2, 20, 50, [BA, PB]], [0, null, null, ['noTeachers']]]);
  });

  it('a school with no teachers that also did not file on time lists both reasons', () => {
    const result = computeAwards(base({ schools: [school('1', '甲市', '國小', 'late')] }));
    expect(result.schools[0]).toMatchObject({ teachers: 0, averageHours: null, groupSize: 0, pr: null, awarded: false, reasons: [NF, 'noTeachers'] });
    expect(result.nationalAverage).toBeNull();
  });

  it('refuses bad input with a Chinese message', () => {
    expect(() => computeAwards(base({ teachers: [teacher('A1', '1', '甲市', '國小', -1)] }))).toThrow('研習時數「-1」不正確');
    expect(() => computeAwards(base({ schools: [school('1', '甲市', '國小'), school('1', '甲市', '國小')] }))).toThrow('學校代碼 1 重複');
    expect(() => computeAwards(base({ schools: [school('1', '甲市', '國小', 'onTime', [3, Number.NaN])] }))).toThrow('學校 1 的教師研習時數「NaN」不正確');
  });
});
