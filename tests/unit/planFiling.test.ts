import { describe, expect, it } from 'vitest';
import {
  describeFiling,
  filingStatus,
  importEligibility,
  isFiledOnTime,
  planStatus,
} from '../../main/engine/planFiling.ts';
import type { FilingStatus, PlanEvent } from '../../main/engine/planFiling.ts';
import { validateNeeds } from '../../main/engine/planNeeds.ts';
import type { PlanNeeds } from '../../main/engine/planNeeds.ts';
import { dayWindow, windowFor } from '../../main/engine/schedule.ts';
import type { Schedule } from '../../main/engine/schedule.ts';

// 甲市 files in wave 1, 乙縣 and 丙縣 in wave 2 (09/05 00:00 .. 09/12 17:00); 乙縣 announced its own
// narrower teacher window 09/06 00:00 .. 09/10 17:00.
const schedule: Schedule = {
  year: 113,
  open: dayWindow('2024-08-05', '2025-07-31'),
  rosterCutoff: '2024-08-02T17:00:00+08:00',
  schoolGroups: [{ name: 'A', ...dayWindow('2024-08-05', '2024-08-14'), authorities: ['甲市', '乙縣', '丙縣'] }],
  teacherWaves: [
    { wave: 1, ...dayWindow('2024-09-02', '2024-09-09'), authorities: ['甲市'] },
    { wave: 2, ...dayWindow('2024-09-05', '2024-09-12'), authorities: ['乙縣', '丙縣'] },
  ],
  authorityWindows: [{ authority: '乙縣', kind: 'teacher', ...dayWindow('2024-09-06', '2024-09-10') }],
  timeline: [],
};
const wave2 = windowFor(schedule, '丙縣', 'teacher');
const narrow = windowFor(schedule, '乙縣', 'teacher');

const at = (md: string, time = '10:00:00'): string => `2024-${md}T${time}+08:00`;
const draft = (md: string): PlanEvent => ({ action: '暫存', at: at(md), actor: '王老師' });
const submit = (md: string, time?: string): PlanEvent => ({ action: '送出', at: at(md, time), actor: '王老師' });
const giveBack = (md: string, reason = '時數與需求不符'): PlanEvent => ({ action: '退回修改', at: at(md), actor: '臺中市承辦人', reason });
const remove = (md: string): PlanEvent => ({ action: '刪除', at: at(md), actor: '王老師' });

describe('filingStatus in wave 2 (09/05 00:00 .. 09/12 17:00)', () => {
  it.each<[string, PlanEvent[], FilingStatus, string | null]>([
    ['submitted inside the window', [draft('09-04'), submit('09-06')], 'onTime', at('09-06')],
    ['submitted at 17:00:00 on the last day', [submit('09-12', '17:00:00')], 'onTime', at('09-12', '17:00:00')],
    ['submitted at 17:00:01 on the last day', [submit('09-12', '17:00:01')], 'outsideWindow', at('09-12', '17:00:01')],
    ['submitted before the window opened', [submit('09-04', '23:59:59')], 'outsideWindow', at('09-04', '23:59:59')],
    ['submitted after the window', [submit('09-13')], 'outsideWindow', at('09-13')],
    ['returned after the window (not filed)', [submit('09-06'), giveBack('09-14')], 'returned', at('09-06')],
    ['returned inside and resubmitted inside: the new timestamp counts', [submit('09-06'), giveBack('09-07'), submit('09-10')], 'onTime', at('09-10')],
    ['returned inside and resubmitted late', [submit('09-06'), giveBack('09-11'), submit('09-13')], 'outsideWindow', at('09-13')],
    ['returned, then saved as a draft: still returned', [submit('09-06'), giveBack('09-07'), draft('09-08')], 'returned', at('09-06')],
    ['draft only', [draft('09-06'), draft('09-07')], 'draft', null],
    ['none: no history', [], 'none', null],
    ['none: the draft was deleted', [draft('09-06'), remove('09-07')], 'none', null],
    ['deleted, then a new draft', [draft('09-06'), remove('09-07'), draft('09-08')], 'draft', null],
    ['submitted, then put back to draft without a return', [submit('09-06'), draft('09-07')], 'draft', at('09-06')],
    ['submitted twice: the last submission is judged', [submit('09-06'), submit('09-13')], 'outsideWindow', at('09-13')],
    ['history out of order is read in time order', [submit('09-10'), giveBack('09-07'), submit('09-06')], 'onTime', at('09-10')],
  ])('%s', (_label, history, status, lastSubmission) => {
    const filing = filingStatus(history, wave2);
    expect(filing.status).toBe(status);
    expect(filing.lastSubmission).toBe(lastSubmission);
    expect(filing.window).toEqual({ start: '2024-09-05T00:00:00+08:00', end: '2024-09-12T17:00:00+08:00' });
    expect(filing.source).toBe('教師填寫第 2 波段');
    expect(isFiledOnTime(filing)).toBe(status === 'onTime');
  });

  it('judges instants with any offset to the second', () => {
    expect(filingStatus([{ action: '送出', at: '2024-09-12T09:00:00Z' }], wave2).status).toBe('onTime');
    expect(filingStatus([{ action: '送出', at: '2024-09-12T09:00:01Z' }], wave2).status).toBe('outsideWindow');
  });

  it('keeps the standing return with its actor and reason', () => {
    const filing = filingStatus([submit('09-06'), giveBack('09-07', '缺少進修地點'), submit('09-08'), giveBack('09-09')], wave2);
    expect(filing.planStatus).toBe('退回修改');
    expect(filing.lastReturn).toEqual(giveBack('09-09'));
    expect(filingStatus([submit('09-06'), giveBack('09-07'), submit('09-08')], wave2).lastReturn).toBeNull();
  });
});

describe('the narrower authority window (windowFor)', () => {
  const late = [submit('09-11')];

  it('a submission inside the wave but after the authority window closed is not on time', () => {
    expect(filingStatus(late, wave2).status).toBe('onTime');
    const filing = filingStatus(late, narrow);
    expect(filing.status).toBe('outsideWindow');
    expect(filing.source).toBe('乙縣自訂教師填寫期間');
    expect(filing.window).toEqual({ start: '2024-09-06T00:00:00+08:00', end: '2024-09-10T17:00:00+08:00' });
  });

  it('a submission on the wave`s first day before the authority window opened is not on time', () => {
    expect(filingStatus([submit('09-05')], narrow).status).toBe('outsideWindow');
    expect(filingStatus([submit('09-10', '17:00:00')], narrow).status).toBe('onTime');
  });

  it('no window at all: a submission cannot be on time', () => {
    const filing = filingStatus([submit('09-06')], null);
    expect(filing).toMatchObject({ status: 'outsideWindow', window: null, source: null });
    expect(describeFiling(filing)).toBe('未於填報期間內送出：最後送出 113/09/06 10:00（沒有適用的填報期間）');
  });
});

describe('planStatus and describeFiling', () => {
  it('derives the lifecycle status', () => {
    expect(planStatus([])).toBeNull();
    expect(planStatus([draft('09-06')])).toBe('暫存');
    expect(planStatus([draft('09-06'), submit('09-07')])).toBe('送出');
    expect(planStatus([submit('09-07'), giveBack('09-08')])).toBe('退回修改');
    expect(planStatus([draft('09-06'), remove('09-07')])).toBeNull();
  });

  it.each<[PlanEvent[], string]>([
    [[submit('09-06')], '已於填報期間內送出：最後送出 113/09/06 10:00（教師填寫第 2 波段 113/09/05 00:00 至 113/09/12 17:00）'],
    [[submit('09-13')], '未於填報期間內送出：最後送出 113/09/13 10:00（教師填寫第 2 波段 113/09/05 00:00 至 113/09/12 17:00）'],
    [
      [submit('09-06'), giveBack('09-14')],
      '已退回修改、尚未重新送出（113/09/14 10:00 由臺中市承辦人退回，原因：時數與需求不符），不計為已填報（教師填寫第 2 波段 113/09/05 00:00 至 113/09/12 17:00）',
    ],
    [[draft('09-06')], '僅暫存、尚未送出（教師填寫第 2 波段 113/09/05 00:00 至 113/09/12 17:00）'],
    [[], '未填寫規劃（教師填寫第 2 波段 113/09/05 00:00 至 113/09/12 17:00）'],
  ])('describes %j', (history, sentence) => {
    expect(describeFiling(filingStatus(history, wave2))).toBe(sentence);
  });
});

describe('importEligibility (匯入學校本位規劃)', () => {
  const cutoff = { onRoster: false, cutoff: '2024-08-02T17:00:00+08:00' };

  it.each<[string, PlanEvent[], boolean | typeof cutoff, boolean, string]>([
    ['submitted school plan, teacher on the roster', [submit('08-06')], true, true, '學校本位規劃已送出，且您在教師名單上，可匯入學校本位規劃'],
    ['a late submission still counts as submitted', [submit('08-20')], true, true, '學校本位規劃已送出，且您在教師名單上，可匯入學校本位規劃'],
    ['school plan returned', [submit('08-06'), giveBack('08-07')], true, false, '無法匯入學校本位規劃：學校本位規劃已退回修改、尚未重新送出'],
    ['school plan draft', [draft('08-06')], true, false, '無法匯入學校本位規劃：學校本位規劃僅暫存、尚未送出'],
    ['no school plan', [], true, false, '無法匯入學校本位規劃：學校尚未填寫學校本位規劃'],
    ['teacher not on the roster at the cutoff', [submit('08-06')], cutoff, false, '無法匯入學校本位規劃：您不在學校的教師名單上（113/08/02 名單基準）'],
    ['both', [], false, false, '無法匯入學校本位規劃：學校尚未填寫學校本位規劃；您不在學校的教師名單上'],
  ])('%s', (_label, history, roster, eligible, reason) => {
    expect(importEligibility(history, roster)).toEqual({ eligible, reason });
  });
});

describe('validateNeeds', () => {
  const sound: PlanNeeds = {
    modes: ['非學分班-研習時數', '學分班-碩士層級進修', '學分班-學士層級進修'],
    times: ['週六', '暑假', '週一至週五白天', '寒假', '週日', '週一至週五晚上'],
    places: ['服務學校', '教師研習機構', '電腦網路學習/遠距教學', '鄰近學校/社區學校', '師資培育之大學', '非師資培育之大學'],
    level: '第二階進階-應用分析',
    method: '工作坊',
  };
  const messages = (needs: Partial<PlanNeeds>, complete?: boolean): string[] =>
    validateNeeds({ ...sound, ...needs }, complete).map((p) => p.message);

  it('accepts a complete plan, with 其他 and its text', () => {
    expect(messages({})).toEqual([]);
    expect(messages({ places: ['服務學校', '其他', '教師研習機構', '師資培育之大學', '非師資培育之大學', '社教機構或民間團體'], placeOther: '博物館' })).toEqual([]);
  });

  it.each<[string, Partial<PlanNeeds>, string[]]>([
    ['a blank rank', { modes: ['非學分班-研習時數', ' ', '學分班-學士層級進修'] }, ['進修方式第 2 順位未填']],
    ['missing ranks', { times: ['週六', '暑假', '寒假', '週日'] }, ['進修時間第 5 順位未填', '進修時間第 6 順位未填']],
    ['an option twice', { places: ['服務學校', '教師研習機構', '服務學校', '鄰近學校/社區學校', '師資培育之大學', '非師資培育之大學'] }, ['進修地點「服務學校」重複（第 1 與第 3 順位）']],
    ['an option outside the list', { times: ['週六', '暑假', '週一至週五白天', '寒假', '週日', '國定假日'] }, ['進修時間第 6 順位「國定假日」不是可選的選項']],
    ['其他 without its text', { times: ['週六', '暑假', '週一至週五白天', '寒假', '週日', '其他'], timeOther: '' }, ['進修時間第 6 順位選了「其他」，但沒有填寫說明']],
    ['modes have no 其他', { modes: ['非學分班-研習時數', '其他', '學分班-學士層級進修'] }, ['進修方式第 2 順位「其他」不是可選的選項']],
    ['too many ranks', { modes: ['非學分班-研習時數', '學分班-碩士層級進修', '學分班-學士層級進修', '非學分班-研習時數'] }, ['進修方式只有 3 個順位，卻填了 4 個']],
    ['level and method outside their lists', { level: '第五階', method: '演講' }, ['進修階層「第五階」不是可選的選項', '實施方式「演講」不是可選的選項']],
    ['level and method may be left blank', { level: null, method: '' }, []],
  ])('%s', (_label, needs, expected) => {
    expect(messages(needs)).toEqual(expected);
  });

  it('a draft is checked for wrong and repeated options only', () => {
    expect(messages({ modes: ['非學分班-研習時數'], times: [], places: [null, '服務學校', '服務學校'] }, false)).toEqual([
      '進修地點「服務學校」重複（第 2 與第 3 順位）',
    ]);
  });

  it('reports the field and rank of each problem', () => {
    expect(validateNeeds({ ...sound, modes: ['非學分班-研習時數', '', '學分班-學士層級進修'] })).toEqual([
      { field: 'mode', rank: 2, message: '進修方式第 2 順位未填' },
    ]);
  });
});
