import { describe, expect, it } from 'vitest';
import { builtInSchedule } from '../../main/engine/schoolYears/index.ts';
import { instantMs } from '../../main/engine/rocDate.ts';
import { axisRange, taskMonths, ticks, timelineBars } from '../../renderer/pages/schedule/timelineLayout.ts';

describe('the year on one time axis', () => {
  it('places month-only tasks in time order: 113 runs July 2024 … January 2025, 106 January … December 2017', () => {
    expect(taskMonths(builtInSchedule(113)!)).toEqual([
      { year: 2024, month: 7 },
      { year: 2024, month: 8 },
      { year: 2024, month: 9 },
      { year: 2024, month: 11 },
      { year: 2024, month: 12 },
      { year: 2025, month: 1 },
    ]);
    const m106 = taskMonths(builtInSchedule(106)!);
    expect(m106[0]).toEqual({ year: 2017, month: 1 });
    expect(m106.at(-1)).toEqual({ year: 2017, month: 12 });
  });

  it('draws every window and task once, a backwards window as a marker at its start', () => {
    const schedule = builtInSchedule(113)!;
    schedule.teacherWaves[2]!.end = '2024-09-10T17:00:00+08:00';
    const bars = timelineBars(schedule);
    expect(bars.map((b) => b.path)).toEqual([
      'open', 'schoolGroups[0]', 'schoolGroups[1]',
      'teacherWaves[0]', 'teacherWaves[1]', 'teacherWaves[2]', 'teacherWaves[3]', 'teacherWaves[4]',
      'authorityWindows[0]', 'authorityWindows[1]',
      'timeline[0]', 'timeline[1]', 'timeline[2]', 'timeline[3]', 'timeline[4]', 'timeline[5]',
    ]);
    const wave3 = bars.find((b) => b.path === 'teacherWaves[2]')!;
    expect(wave3).toMatchObject({ backwards: true, start: instantMs('2024-09-11T00:00:00+08:00'), end: instantMs('2024-09-11T00:00:00+08:00') });
    expect(bars.find((b) => b.path === 'timeline[5]')!.start).toBe(instantMs('2025-01-01T00:00:00+08:00'));
  });

  it('spans the school year (and the July before it) or just the filing weeks, with ROC month labels', () => {
    const schedule = builtInSchedule(113)!;
    const bars = timelineBars(schedule);
    const year = axisRange(schedule, bars, 'year');
    expect(year.start).toBe(instantMs('2024-07-01T00:00:00+08:00'));
    expect(year.end).toBe(instantMs('2025-08-01T00:00:00+08:00'));
    expect(ticks(year).filter((t) => t.major).map((t) => t.label)).toEqual(
      ['113年7月', '8月', '9月', '10月', '11月', '12月', '114年1月', '2月', '3月', '4月', '5月', '6月', '7月'],
    );
    const filing = axisRange(schedule, bars, 'filing');
    expect(filing.start).toBe(instantMs('2024-08-02T00:00:00+08:00'));
    expect(filing.end).toBe(instantMs('2024-09-30T17:00:00+08:00'));
    expect(ticks(filing).filter((t) => !t.major).map((t) => t.label).slice(0, 3)).toEqual(['8/5', '8/12', '8/19']);
  });
});
