import { describe, expect, it } from 'vitest';
import { addAchievementGroups, schoolFiguresFromSums } from '../../main/engine/statsAchievement.ts';
import { addFiling, emptyFilingTally, filingFigures } from '../../main/engine/statsFiling.ts';
import { plannedHoursSet, subItemOf } from '../../main/engine/statsHours.ts';
import { needStatsOf, type PlanNeedLabels } from '../../main/engine/statsNeeds.ts';
import { questionSummary, scoreSummary, surveyAnswer } from '../../main/engine/statsSurvey.ts';
import { rankWeights, weightNote } from '../../main/engine/statsVocabulary.ts';
import { NEED_MODES, NEED_PLACES, NEED_TIMES } from '../../main/engine/vocabulary.ts';

// The statistics' arithmetic on data small enough to do by hand.

const plan = (over: Partial<PlanNeedLabels>): PlanNeedLabels => ({ mode: [], time: [], place: [], level: null, method: null, timeOther: null, placeOther: null, ...over });

describe('rank weights', () => {
  it.each([
    [3, [3, 2, 1]],
    [6, [6, 5, 4, 3, 2, 1]],
    [1, [1]],
  ])('%i ranks weigh %j', (ranks, weights) => expect(rankWeights(ranks)).toEqual(weights));

  it('says the weights in words', () => {
    expect(weightNote(3)).toBe('加權：第1順位 3 分、第2順位 2 分、第3順位 1 分');
    expect(weightNote(1)).toBe('單選，每選一次計 1 分');
  });
});

describe('needStatsOf', () => {
  const [A, B, C] = NEED_MODES;
  const stats = needStatsOf([
    plan({ mode: [A, B, C], time: [NEED_TIMES[4], null, null, null, null, null], timeOther: '  ', level: '第一階基礎-瞭解熟悉' }),
    plan({ mode: [B, A, null], placeOther: '線上讀書會', place: [NEED_PLACES[6]] }),
    plan({ mode: [B, '不在清單中', C], method: '工作坊' }),
  ]);
  const dim = (d: string) => stats.dimensions.find((x) => x.dimension === d)!;

  it('counts each option per rank and scores it by the weights', () => {
    expect(stats.plans).toBe(3);
    // A: rank 1 + rank 2 = 3 + 2 = 5; B: rank 2 + rank 1 + rank 1 = 2 + 3 + 3 = 8; C: rank 3 twice = 2.
    expect(dim('mode').options.map((o) => [o.rankCounts, o.score])).toEqual([[[1, 1, 0], 5], [[2, 1, 0], 8], [[0, 0, 2], 2]]);
    expect(dim('mode').options.map((o) => o.share)).toEqual([5 / 15, 8 / 15, 2 / 15]);
    expect(dim('mode').answered).toBe(3);
  });

  it('scores a time at rank 1 with 6 points; a blank 其他 text is not a text', () => {
    expect(dim('time').options[4]).toMatchObject({ option: '暑假', score: 6, share: 1 });
    expect(dim('time').answered).toBe(1);
    expect(dim('time').otherTexts).toBe(0);
    expect(dim('place').otherTexts).toBe(1);
    expect(dim('mode').otherTexts).toBeNull();
  });

  it('counts single choices once each; no answers → shares null', () => {
    expect(dim('level').options[0]).toMatchObject({ rankCounts: [1], score: 1, share: 1 });
    expect(dim('method').options.find((o) => o.option === '工作坊')!.score).toBe(1);
    const empty = needStatsOf([]);
    expect(empty.dimensions[0]!.options.every((o) => o.share === null && o.score === 0)).toBe(true);
  });
});

describe('filingFigures', () => {
  it('filed = on time + outside the window; returned and drafts are not filed', () => {
    const t = addFiling(addFiling(emptyFilingTally(), { total: 10, onTime: 4, outsideWindow: 2, returned: 1, draft: 1, none: 2 }), { total: 5, onTime: 1, outsideWindow: 0, returned: 0, draft: 0, none: 4 });
    expect(filingFigures(t)).toEqual({ expected: 15, filed: 7, onTime: 5, outsideWindow: 2, returned: 1, draft: 1, none: 6, filedRate: 7 / 15, onTimeRate: 5 / 15 });
    expect(filingFigures(emptyFilingTally())).toMatchObject({ filedRate: null, onTimeRate: null });
  });
});

describe('plannedHoursSet', () => {
  it('rolls codes up to sub-items and domains, per stage, in hundredths', () => {
    const set = plannedHoursSet(
      [
        { stage: '國小', code: '1-1-1', hundredths: 150 },
        { stage: '國小', code: '1-2-3', hundredths: 10 },
        { stage: '國中', code: '1-1-2', hundredths: 20 },
        { stage: '國中', code: '3-2-5', hundredths: 400 },
        { stage: '國中', code: '9-1', hundredths: 20 },
      ],
      new Map([['國小', 2], ['國中', 1], ['高中', 0]]),
      new Map([['1-1', '學生身心發展與學習理論'], ['1-2', '課程']]),
    );
    expect(set.plans).toBe(3);
    expect(set.hours).toBe(6);
    const d1 = set.domains[0]!;
    expect(d1).toMatchObject({ domain: '1', hours: 1.8, share: 0.3, perPlan: 0.6 });
    expect(d1.subItems).toEqual([{ code: '1-1', name: '學生身心發展與學習理論', hours: 1.7 }, { code: '1-2', name: '課程', hours: 0.1 }]);
    expect(set.domains.map((d) => d.domain)).toEqual(['1', '2', '3', '4', '5', '6', '9']);
    expect(set.domains.at(-1)).toMatchObject({ name: '其他（9）', hours: 0.2 });
    expect(set.byStage.map((s) => [s.stage, s.plans, s.hours])).toEqual([['國小', 2, 1.6], ['國中', 1, 4.4]]);
    expect(set.byStage[1]!.domains.find((d) => d.domain === '3')!.hours).toBe(4);
  });

  it('0.1 + 0.2 adds to 0.3', () => {
    const set = plannedHoursSet([{ stage: '國小', code: '2-1-1', hundredths: 10 }, { stage: '國中', code: '2-1-1', hundredths: 20 }], new Map([['國小', 1]]), new Map());
    expect(set.domains[1]!.hours).toBe(0.3);
    expect(subItemOf('2-1-1')).toBe('2-1');
  });
});

describe('achievement from per-school sums', () => {
  it('caps the school plan per domain against its teachers and adds schools up', () => {
    // School A plans 10 h in domain 1 and 5 h in domain 2; its teachers did 12 h and 1 h.
    const a = schoolFiguresFromSums({
      teachers: 2,
      actual: [1200, 100, 0, 0, 0, 0],
      schoolPlanned: [1000, 500, 0, 0, 0, 0],
      teacherPlans: 1,
      teacherSums: [{ planned: 400, actual: 300, achieved: 300 }, ...Array(5).fill({ planned: 0, actual: 0, achieved: 0 })],
    });
    expect(a.schoolRate).toMatchObject({ planned: 15, actual: 13, achieved: 11, rate: 11 / 15, ratio: 13 / 15 });
    expect(a.teacherRate).toMatchObject({ planned: 4, actual: 3, achieved: 3, rate: 0.75 });
    const b = schoolFiguresFromSums({ teachers: 1, actual: [0, 0, 0, 0, 0, 0], schoolPlanned: null, teacherPlans: 1, teacherSums: [{ planned: 200, actual: 500, achieved: 200 }, ...Array(5).fill({ planned: 0, actual: 0, achieved: 0 })] });
    expect(b.schoolRate).toBeNull();
    const total = addAchievementGroups([a, b]);
    expect(total).toMatchObject({ schoolPlans: 1, teacherPlans: 2 });
    // Teachers: planned 4 + 2 = 6, achieved 3 + 2 = 5 (school B's surplus does not cover A's shortfall).
    expect(total.teacherRate).toMatchObject({ planned: 6, actual: 8, achieved: 5, rate: 5 / 6, ratio: 8 / 6 });
    expect(total.teacherRate.domains[0]).toMatchObject({ domain: '1', rate: 5 / 6 });
  });
});

describe('survey', () => {
  it('summarises a 1–5 distribution', () => {
    expect(scoreSummary([1, 0, 2, 0, 1])).toEqual({ n: 4, counts: [1, 0, 2, 0, 1], mean: 3 });
    expect(scoreSummary([])).toEqual({ n: 0, counts: [0, 0, 0, 0, 0], mean: null });
  });

  it('adds the respondent kinds for the overall figure; a question nobody scored is a text question', () => {
    const q = questionSummary({ index: 2, question: 'Q', byKind: { 業務帳號: [0, 0, 0, 1, 1], 教師: [0, 1, 0, 0, 0] }, texts: 1 });
    expect(q.overall).toEqual({ n: 3, counts: [0, 1, 0, 1, 1], mean: 11 / 3 });
    expect(q.byKind[0]).toEqual({ kind: '業務帳號', n: 2, counts: [0, 0, 0, 1, 1], mean: 4.5 });
    expect(q.type).toBe('scale');
    expect(questionSummary({ index: 0, question: 'T', byKind: { 業務帳號: [0, 0, 0, 0, 0], 教師: [0, 0, 0, 0, 0] }, texts: 4 }).type).toBe('text');
  });

  it.each([
    [4, { score: 4 }],
    ['５', { score: 5 }],
    [' 3 ', { score: 3 }],
    ['很方便', { text: '很方便' }],
    ['', null],
    [null, null],
  ] as const)('reads %j', (value, expected) => expect(surveyAnswer(value)).toEqual(expected));

  it.each([6, 0, 3.5, '7'])('refuses the score %j', (value) => expect(surveyAnswer(value)).toHaveProperty('problem'));
});
