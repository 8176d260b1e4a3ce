import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filingStatus, type PlanAction } from '../../main/engine/planFiling.ts';
import { planState, rejudgeFiling, type HistoryEvent } from '../../main/engine/planReview.ts';
import { dayWindow } from '../../main/engine/schedule.ts';

// The officer's review beside the lifecycle, and the shortcut the stored plans use to be judged
// against another window: it must answer exactly as the full history would.

const wave = dayWindow('2024-09-18', '2024-09-24');
const other = dayWindow('2024-09-20', '2024-09-23');
const at = (day: number, time = '10:00:00') => `2024-09-${String(day).padStart(2, '0')}T${time}+08:00`;

describe('planState', () => {
  it('ignores reviews for the status and keeps the review of the submission that stands', () => {
    const history: HistoryEvent[] = [
      { action: '送出', at: at(19) },
      { action: '已審閱', at: at(20), actor: '承辦人' },
    ];
    expect(planState(history, wave)).toMatchObject({ filing: { status: 'onTime', planStatus: '送出' }, reviewedAt: at(20) });
  });

  it('lets a review lapse when the plan is returned or submitted again', () => {
    const reviewed: HistoryEvent[] = [{ action: '送出', at: at(19) }, { action: '已審閱', at: at(20) }];
    expect(planState([...reviewed, { action: '退回修改', at: at(21), reason: '請修正' }], wave)).toMatchObject({ filing: { status: 'returned' }, reviewedAt: null });
    expect(planState([...reviewed, { action: '送出', at: at(22) }], wave).reviewedAt).toBeNull();
    expect(planState([...reviewed, { action: '送出', at: at(22) }, { action: '已審閱', at: at(23) }], wave).reviewedAt).toBe(at(23));
  });
});

describe('rejudgeFiling', () => {
  const action = fc.constantFrom<PlanAction>('暫存', '送出', '退回修改', '刪除');
  const event = fc.record({ action, day: fc.integer({ min: 16, max: 27 }), hour: fc.integer({ min: 0, max: 23 }) });

  it('gives what filingStatus gives on the whole history, for any history and window', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 8 }), fc.constantFrom(wave, other, null), (events, window) => {
        const history = events.map((e) => ({ action: e.action, at: at(e.day, `${String(e.hour).padStart(2, '0')}:00:00`) }));
        const full = filingStatus(history, window);
        expect(rejudgeFiling(full.planStatus, full.lastSubmission, window)).toBe(full.status);
      }),
    );
  });

  it('judges the edges to the second', () => {
    expect(rejudgeFiling('送出', '2024-09-24T17:00:00+08:00', wave)).toBe('onTime');
    expect(rejudgeFiling('送出', '2024-09-24T17:00:01+08:00', wave)).toBe('outsideWindow');
    expect(rejudgeFiling('送出', '2024-09-19T10:00:00+08:00', other)).toBe('outsideWindow');
    expect(rejudgeFiling('退回修改', '2024-09-19T10:00:00+08:00', wave)).toBe('returned');
    expect(rejudgeFiling('暫存', null, wave)).toBe('draft');
    expect(rejudgeFiling(null, null, wave)).toBe('none');
  });
});
