import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../main/engine/awardCompare.ts';
import { computeAwards } from '../../main/engine/awards.ts';
import { school, teacher, world } from '../helpers/awardWorld.ts';

const at70 = computeAwards(world());
const at80 = computeAwards({ ...world(), parameters: { threshold: 80 } });

const summary = (changes: ReturnType<typeof compareRuns>['entered']): [string, string[], string[]][] =>
  changes.map((c) => [c.key, c.reasonsAdded, c.reasonsRemoved]);

describe('compareRuns with two thresholds (70, then 80)', () => {
  const diff = compareRuns(at70, at80);

  it('names the parameter that changed', () => {
    expect(diff.parameters).toEqual([{ name: 'threshold', before: 70, after: 80 }]);
  });

  it('who left, and why: their PR is now below the threshold', () => {
    // School A2 (PR 75), teacher 011 (PR 75) and teacher 027 (PR exactly 70); 008 at PR 80 stays.
    expect(summary(diff.left)).toEqual([
      ['school:100002', ['prBelowThreshold'], []],
      ['teacher:100003:A12****011:教師011', ['prBelowThreshold'], []],
      ['teacher:200001:A12****027:教師027', ['prBelowThreshold'], []],
    ]);
    expect(diff.left[2]).toMatchObject({
      kind: 'teacher', label: '乙縣 200001 教師027（A12****027）',
      before: { awarded: true, reasons: [], score: 50, pr: 70 },
      after: { awarded: false, reasons: ['prBelowThreshold'], score: 50, pr: 70 },
    });
    expect(diff.entered).toEqual([]);
  });

  it('who stayed out but for one more reason', () => {
    expect(summary(diff.reasonsChanged)).toEqual([['teacher:200001:A12****028:教師028', ['prBelowThreshold'], []]]);
  });

  it('the other way round, the same people enter', () => {
    const back = compareRuns(at80, at70);
    expect(back.parameters).toEqual([{ name: 'threshold', before: 80, after: 70 }]);
    expect(summary(back.entered)).toEqual([
      ['school:100002', [], ['prBelowThreshold']],
      ['teacher:100003:A12****011:教師011', [], ['prBelowThreshold']],
      ['teacher:200001:A12****027:教師027', [], ['prBelowThreshold']],
    ]);
    expect(back.left).toEqual([]);
  });

  it('finds each candidate by key when the later run lists them in another order', () => {
    const reordered = { ...at80, schools: [...at80.schools].reverse(), teachers: [...at80.teachers].reverse() };
    const diff = compareRuns(at70, reordered);
    expect(summary(diff.left).map(([key]) => key)).toEqual([
      'school:100002',
      'teacher:200001:A12****027:教師027',
      'teacher:100003:A12****011:教師011',
    ]);
    expect(summary(diff.reasonsChanged)).toEqual([['teacher:200001:A12****028:教師028', ['prBelowThreshold'], []]]);
  });

  it('a run compared with itself has no changes', () => {
    expect(compareRuns(at70, at70)).toEqual({ parameters: [], entered: [], left: [], reasonsChanged: [] });
  });
});

describe('compareRuns when the data changed', () => {
  it('a teacher missing from the later run left; a new one entered; the national average moved', () => {
    const base = { year: 113, authorities: ['甲市'], schools: [school('1', '甲市', '國小')] };
    const a = computeAwards({ ...base, teachers: [teacher('A1', '1', '甲市', '國小', 10), teacher('A2', '1', '甲市', '國小', 20)] });
    const b = computeAwards({ ...base, teachers: [teacher('A1', '1', '甲市', '國小', 10), teacher('A3', '1', '甲市', '國小', 40)] });
    const diff = compareRuns(a, b);
    expect(diff.parameters).toEqual([{ name: 'nationalAverage', before: 15, after: 25 }]);
    expect(diff.entered.map((c) => [c.key, c.before, c.after?.awarded])).toEqual([['teacher:1:A3:教師A3', null, true]]);
    expect(diff.left.map((c) => [c.key, c.before?.awarded, c.after])).toEqual([['teacher:1:A2:教師A2', true, null]]);
    expect(diff.reasonsChanged).toEqual([]);
  });

  it('a provided national average against a computed one', () => {
    const provided = computeAwards({ ...world(), parameters: { nationalAverage: { source: 'provided', value: 30 } } });
    const diff = compareRuns(at70, provided);
    expect(diff.parameters).toEqual([
      { name: 'nationalAverageSource', before: 'computed', after: 'provided' },
      { name: 'nationalAverage', before: 25, after: 30 },
    ]);
    expect(summary(diff.left)).toEqual([['teacher:100003:A12****011:教師011', ['belowNationalAverage'], []]]);
  });
});
