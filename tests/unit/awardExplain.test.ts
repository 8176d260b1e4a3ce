import { describe, expect, it } from 'vitest';
import { explain } from '../../main/engine/awardExplain.ts';
import type { RankedExplanation } from '../../main/engine/awardExplain.ts';
import { computeAwards } from '../../main/engine/awards.ts';
import { school, teacher, teacherFiling, world } from '../helpers/awardWorld.ts';

const result = computeAwards(world());
const WAVE = '教師填寫第 2 波段 113/09/05 00:00 至 113/09/12 17:00';

describe('explain a teacher', () => {
  it('at PR exactly 70: every deciding number, as data and as sentences', () => {
    const e = explain(result, { kind: 'teacher', maskedId: 'A12****027', school: '200001' }, teacherFiling('onTime')) as RankedExplanation;
    expect(e).toMatchObject({
      kind: 'teacher', awarded: true, filedOnTime: true, score: 50, nationalAverage: 25, nationalAverageSource: 'computed',
      group: { authority: '乙縣', stage: '國小', size: 10 }, threshold: 70,
      rank: { pr: 70, classLower: 49.5, classUpper: 50.5, cfL: 6, fx: 2, n: 10, width: 1, origin: -0.5 },
    });
    expect(e.filing?.lastSubmission).toBe('2024-09-06T10:00:00+08:00');
    expect(e.sentences).toEqual([
      `教師規劃：已於填報期間內送出：最後送出 113/09/06 10:00（${WAVE}）`,
      '研習總時數 50 小時，全國平均 25 小時（依全部名單教師計算）：達到全國平均',
      '比較群組：乙縣國小教師，共 10 人',
      '所在組距 49.5 ≦ X < 50.5（組距 1），低於下限 cf_L = 6 人，同組距 f_x = 2 人',
      'PR = [6 + ((50 − 49.5) / 1) × 2] × 100 / 10 = 70',
      '門檻 PR ≧ 70：達到門檻',
      '結果：獲獎',
    ]);
  });

  it('who narrowly missed (PR 65)', () => {
    const e = explain(result, { kind: 'teacher', maskedId: 'A12****007', school: '100002' }) as RankedExplanation;
    expect(e.rank).toMatchObject({ pr: 65, cfL: 6, fx: 1 });
    expect(e.sentences).toEqual([
      '教師規劃：已於填報期間內送出',
      '研習總時數 30 小時，全國平均 25 小時（依全部名單教師計算）：達到全國平均',
      '比較群組：甲市國小教師，共 10 人',
      '所在組距 29.5 ≦ X < 30.5（組距 1），低於下限 cf_L = 6 人，同組距 f_x = 1 人',
      'PR = [6 + ((30 − 29.5) / 1) × 1] × 100 / 10 = 65',
      '門檻 PR ≧ 70：未達門檻',
      '結果：未獲獎（百分等級未達門檻（非同縣市同階段前 30%））',
    ]);
  });

  it('whose plan was returned', () => {
    const e = explain(result, { kind: 'teacher', maskedId: 'A12****009', school: '100002' }, teacherFiling('returned'))!;
    expect(e.sentences[0]).toBe(
      `教師規劃：已退回修改、尚未重新送出（113/09/07 09:00 由承辦人退回，原因：時數與需求不符），不計為已填報（${WAVE}）`,
    );
    expect(e.sentences.at(-1)).toBe('結果：未獲獎（未於填報期間內完成規劃並送出）');
  });

  it('agrees with the run for every candidate', () => {
    for (const t of result.teachers) {
      const e = explain(result, { kind: 'teacher', maskedId: t.maskedId, school: t.school }) as RankedExplanation;
      expect(e.rank?.pr).toBe(t.pr);
      expect(e.group.size).toBe(t.groupSize);
    }
    for (const s of result.schools) expect((explain(result, { kind: 'school', code: s.code }) as RankedExplanation).rank?.pr ?? null).toBe(s.pr);
  });

  it('shows as many decimals as it takes to tell PR and threshold apart', () => {
    // Three teachers 0, 1, 2: X = 2 → (2 + ½)·100/3 = 83.333…, threshold 83.334.
    const run = computeAwards({
      year: 113, authorities: [], schools: [], parameters: { threshold: 83.334 },
      teachers: [0, 1, 2].map((h) => teacher(`A${h}`, '1', '甲市', '國小', h)),
    });
    const e = explain(run, { kind: 'teacher', maskedId: 'A2', school: '1' })!;
    expect(e.sentences).toContain('PR = [2 + ((2 − 1.5) / 1) × 1] × 100 / 3 = 83.333');
    expect(e.sentences).toContain('門檻 PR ≧ 83.334：未達門檻');
    expect(e.sentences).toContain('研習總時數 2 小時，全國平均 1 小時（依全部名單教師計算）：達到全國平均');
  });

  it('a masked ID with a name narrows the match; an unknown candidate has no explanation', () => {
    expect(explain(result, { kind: 'teacher', maskedId: 'A12****027', school: '200001', name: '教師027' })).not.toBeNull();
    expect(explain(result, { kind: 'teacher', maskedId: 'A12****027', school: '200001', name: '別人' })).toBeNull();
    expect(explain(result, { kind: 'school', code: '999999' })).toBeNull();
    expect(explain(result, { kind: 'authority', authority: '無此縣' })).toBeNull();
  });
});

describe('explain a school and an authority', () => {
  it('a school in the top of its group', () => {
    const e = explain(result, { kind: 'school', code: '100002' }) as RankedExplanation;
    expect(e).toMatchObject({ score: 34, group: { authority: '甲市', stage: '國小', size: 2 }, rank: { pr: 75, cfL: 1, fx: 1, classLower: 33.5 } });
    expect(e.sentences).toEqual([
      '學校本位規劃：已於填報期間內送出',
      '名單內教師 5 人',
      '教師平均研習時數 34 小時，全國平均 25 小時（依全部名單教師計算）：達到全國平均',
      '比較群組：甲市國小學校，共 2 校',
      '所在組距 33.5 ≦ X < 34.5（組距 1），低於下限 cf_L = 1 校，同組距 f_x = 1 校',
      'PR = [1 + ((34 − 33.5) / 1) × 1] × 100 / 2 = 75',
      '門檻 PR ≧ 70：達到門檻',
      '結果：獲獎',
    ]);
  });

  it('a school without teachers', () => {
    const e = explain(result, { kind: 'school', code: '100004' }) as RankedExplanation;
    expect(e.rank).toBeNull();
    expect(e.score).toBeNull();
    expect(e.sentences).toEqual([
      '學校本位規劃：已於填報期間內送出',
      '名單內教師 0 人',
      '學校沒有名單內教師，無法計算平均研習時數與百分等級',
      '比較群組：甲市國小學校，共 2 校',
      '結果：未獲獎（學校沒有名單內教師）',
    ]);
  });

  it('a school whose average is a long fraction shows it to the hundredth', () => {
    const run = computeAwards({
      year: 113, authorities: [], schools: [school('1', '甲市', '國小')], parameters: { nationalAverage: { source: 'provided', value: 3 } },
      teachers: [1, 2, 7].map((h) => teacher(`A${h}`, '1', '甲市', '國小', h)),
    });
    expect(explain(run, { kind: 'school', code: '1' })!.sentences[2]).toBe('教師平均研習時數 3.33 小時，全國平均 3 小時（全國推廣中心提供）：達到全國平均');
  });

  it('authorities', () => {
    expect(explain(result, { kind: 'authority', authority: '甲市' })!.sentences).toEqual([
      '轄屬學校 4 校，於填報期間內送出學校本位規劃 3 校',
      '填報率 75%，門檻 60%：達到門檻',
      '結果：獲獎',
    ]);
    expect(explain(result, { kind: 'authority', authority: '丙縣' })!.sentences).toEqual([
      '沒有轄屬學校，無法計算填報率',
      '結果：未獲獎（轄屬學校填報率未達門檻）',
    ]);
  });
});
