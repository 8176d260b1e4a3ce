import { describe, expect, it } from 'vitest';
import {
  closingSoon,
  dayWindow,
  isOnTime,
  listWindows,
  nextYearDate,
  nextYearInstant,
  openAt,
  rollOver,
  validateSchedule,
  windowFor,
} from '../../main/engine/schedule.ts';
import type { Schedule } from '../../main/engine/schedule.ts';
import { authoritiesOf, builtInSchedule, builtInSchedules, builtInYears } from '../../main/engine/schoolYears/index.ts';

const AUTHORITIES = ['甲市', '乙縣', '丙縣'];

/** A small sound schedule; each test breaks one thing. */
function sample(): Schedule {
  return {
    year: 113,
    open: dayWindow('2024-08-05', '2025-07-31'),
    rosterCutoff: '2024-08-02T17:00:00+08:00',
    schoolGroups: [
      { name: 'A', ...dayWindow('2024-08-05', '2024-08-14'), authorities: ['甲市', '乙縣'] },
      { name: 'B', ...dayWindow('2024-08-15', '2024-08-23'), authorities: ['丙縣'] },
    ],
    teacherWaves: [
      { wave: 1, ...dayWindow('2024-09-02', '2024-09-09'), authorities: ['甲市'] },
      { wave: 2, ...dayWindow('2024-09-05', '2024-09-12'), authorities: ['乙縣', '丙縣'] },
    ],
    authorityWindows: [{ authority: '乙縣', kind: 'teacher', ...dayWindow('2024-09-06', '2024-09-10') }],
    timeline: [{ date: null, month: 8, task: '開放學校填報', unit: '學校', done: false, note: '' }],
  };
}

function violations(edit: (s: Schedule) => void): { path: string; message: string }[] {
  const s = sample();
  edit(s);
  return validateSchedule(s, AUTHORITIES);
}

describe('dayWindow', () => {
  it('opens at 00:00:00 on the first day and closes at 17:00:00 on the last', () => {
    expect(dayWindow('2024-08-05', '2024-08-14')).toEqual({
      start: '2024-08-05T00:00:00+08:00',
      end: '2024-08-14T17:00:00+08:00',
    });
  });
});

describe('validateSchedule', () => {
  it('accepts a sound schedule', () => {
    expect(validateSchedule(sample(), AUTHORITIES)).toEqual([]);
  });

  it.each<[string, (s: Schedule) => void, { path: string; message: string }[]]>([
    [
      'an authority in no school group',
      (s) => void (s.schoolGroups[1]!.authorities = []),
      [{ path: 'schoolGroups', message: '丙縣沒有學校規劃組別' }],
    ],
    [
      'an authority in two school groups',
      (s) => void s.schoolGroups[1]!.authorities.push('甲市'),
      [{ path: 'schoolGroups', message: '甲市重複列在學校規劃 A 組、學校規劃 B 組' }],
    ],
    [
      'an authority twice in one wave',
      (s) => void s.teacherWaves[0]!.authorities.push('甲市'),
      [{ path: 'teacherWaves', message: '甲市重複列在教師填寫第 1 波段、教師填寫第 1 波段' }],
    ],
    [
      'an authority in no wave',
      (s) => void (s.teacherWaves[0]!.authorities = []),
      [{ path: 'teacherWaves', message: '甲市沒有教師填寫波段' }],
    ],
    [
      'a member that is not an authority of the year',
      (s) => void s.schoolGroups[0]!.authorities.push('桃園縣'),
      [{ path: 'schoolGroups[0].authorities[2]', message: '學校規劃 A 組的「桃園縣」不是 113 學年度的主管機關' }],
    ],
    [
      'a wave member that is not an authority of the year',
      (s) => void s.teacherWaves[1]!.authorities.unshift('丁市'),
      [{ path: 'teacherWaves[1].authorities[0]', message: '教師填寫第 2 波段的「丁市」不是 113 學年度的主管機關' }],
    ],
    [
      'a group ending before it starts',
      (s) => void (s.schoolGroups[0]!.end = '2024-08-04T17:00:00+08:00'),
      [
        {
          path: 'schoolGroups[0].end',
          message: '學校規劃 A 組的結束時間 113/08/04 17:00 沒有晚於開始時間 113/08/05 00:00',
        },
      ],
    ],
    [
      'a wave ending when it starts',
      (s) => void (s.teacherWaves[0]!.end = s.teacherWaves[0]!.start),
      [{ path: 'teacherWaves[0].end', message: '教師填寫第 1 波段的結束時間 113/09/02 00:00 沒有晚於開始時間 113/09/02 00:00' }],
    ],
    [
      'a group outside the open period',
      (s) => void (s.schoolGroups[0]!.start = '2024-08-03T00:00:00+08:00'),
      [
        {
          path: 'schoolGroups[0]',
          message: '學校規劃 A 組（113/08/03 00:00 至 113/08/14 17:00）超出服務開放期間（113/08/05 00:00 至 114/07/31 17:00）',
        },
      ],
    ],
    [
      'a wave closing after the open period, by one second',
      (s) => void (s.teacherWaves[1]!.end = '2025-07-31T17:00:01+08:00'),
      [
        {
          path: 'teacherWaves[1]',
          message: '教師填寫第 2 波段（113/09/05 00:00 至 114/07/31 17:00）超出服務開放期間（113/08/05 00:00 至 114/07/31 17:00）',
        },
      ],
    ],
    [
      'an authority window outside its wave',
      (s) => void (s.authorityWindows[0]!.end = '2024-09-13T17:00:00+08:00'),
      [
        {
          path: 'authorityWindows[0]',
          message: '乙縣自訂教師填寫期間（113/09/06 00:00 至 113/09/13 17:00）超出教師填寫第 2 波段（113/09/05 00:00 至 113/09/12 17:00）',
        },
      ],
    ],
    [
      'a school authority window outside its group',
      (s) => void s.authorityWindows.push({ authority: '丙縣', kind: 'school', ...dayWindow('2024-08-14', '2024-08-20') }),
      [
        {
          path: 'authorityWindows[1]',
          message: '丙縣自訂學校規劃期間（113/08/14 00:00 至 113/08/20 17:00）超出學校規劃 B 組（113/08/15 00:00 至 113/08/23 17:00）',
        },
      ],
    ],
    [
      'an authority window of an unknown authority',
      (s) => void (s.authorityWindows[0]!.authority = '丁市'),
      [{ path: 'authorityWindows[0].authority', message: '「丁市」不是 113 學年度的主管機關' }],
    ],
    [
      'two windows of one authority and kind',
      (s) => void s.authorityWindows.push({ ...s.authorityWindows[0]! }),
      [{ path: 'authorityWindows[1]', message: '乙縣自訂教師填寫期間重複' }],
    ],
    [
      'an authority window ending before it starts',
      (s) => void (s.authorityWindows[0]!.start = '2024-09-11T00:00:00+08:00'),
      [{ path: 'authorityWindows[0].end', message: '乙縣自訂教師填寫期間的結束時間 113/09/10 17:00 沒有晚於開始時間 113/09/11 00:00' }],
    ],
    [
      'a roster cutoff after the school windows open',
      (s) => void (s.rosterCutoff = '2024-08-15T00:00:00+08:00'),
      [
        { path: 'rosterCutoff', message: '教師名單基準時間 113/08/15 00:00 應早於學校規劃 A 組的開始時間 113/08/05 00:00' },
        { path: 'rosterCutoff', message: '教師名單基準時間 113/08/15 00:00 應早於學校規劃 B 組的開始時間 113/08/15 00:00' },
      ],
    ],
    ['no roster cutoff', (s) => void (s.rosterCutoff = null), []],
    [
      'an unreadable roster cutoff',
      (s) => void (s.rosterCutoff = '113/08/02'),
      [{ path: 'rosterCutoff', message: '教師名單基準時間無法辨識：「113/08/02」' }],
    ],
    [
      'an unreadable window time',
      (s) => void (s.schoolGroups[1]!.end = 'soon'),
      [{ path: 'schoolGroups[1]', message: '學校規劃 B 組的時間無法辨識：「soon」' }],
    ],
    [
      'duplicate group names',
      (s) => void (s.schoolGroups[1]!.name = 'A'),
      [{ path: 'schoolGroups[1].name', message: '學校規劃 A 組重複' }],
    ],
    [
      'an empty group name',
      (s) => void (s.schoolGroups[1]!.name = ' '),
      [{ path: 'schoolGroups[1].name', message: '第 2 個學校規劃組別沒有名稱' }],
    ],
    [
      'duplicate wave numbers',
      (s) => void (s.teacherWaves[1]!.wave = 1),
      [{ path: 'teacherWaves[1].wave', message: '教師填寫第 1 波段重複' }],
    ],
    [
      'a wave numbered 0',
      (s) => void (s.teacherWaves[0]!.wave = 0),
      [{ path: 'teacherWaves[0].wave', message: '波段編號「0」應為正整數' }],
    ],
    [
      'an open period ending before it starts',
      (s) => void (s.open.end = '2024-08-01T00:00:00+08:00'),
      [{ path: 'open.end', message: '服務開放期間的結束時間 113/08/01 00:00 沒有晚於開始時間 113/08/05 00:00' }],
    ],
    [
      'an open period outside the school year',
      (s) => void (s.open.end = '2025-08-01T17:00:00+08:00'),
      [{ path: 'open', message: '服務開放期間（113/08/05 00:00 至 114/08/01 17:00）超出 113 學年度（113/08/01 00:00 至 114/07/31 23:59）' }],
    ],
    [
      'a timeline month of 13',
      (s) => void (s.timeline[0]!.month = 13),
      [{ path: 'timeline[0].month', message: '年度辦理時程第 1 項「開放學校填報」的月份「13」應為 1 到 12' }],
    ],
    [
      'a timeline date in another month',
      (s) => void (s.timeline[0]!.date = '2024-09-02'),
      [{ path: 'timeline[0].date', message: '年度辦理時程第 1 項「開放學校填報」的日期 113/09/02 不在 8 月' }],
    ],
    [
      'an unreadable timeline date',
      (s) => void (s.timeline[0]!.date = '2024-08-32'),
      [{ path: 'timeline[0].date', message: '年度辦理時程第 1 項「開放學校填報」的日期「2024-08-32」無法辨識' }],
    ],
    [
      'an empty timeline task',
      (s) => void (s.timeline[0]!.task = ''),
      [{ path: 'timeline[0].task', message: '年度辦理時程第 1 項沒有辦理事項' }],
    ],
    ['a school year of 0', (s) => void (s.year = 0), [{ path: 'year', message: '學年度「0」不正確' }]],
    ['a timeline date in its month', (s) => void (s.timeline[0]!.date = '2024-08-20'), []],
  ])('reports %s', (_, edit, expected) => {
    expect(violations(edit)).toEqual(expected);
  });

  it('reports an authority missing from both lists once per list', () => {
    expect(validateSchedule(sample(), [...AUTHORITIES, '丁市'])).toEqual([
      { path: 'schoolGroups', message: '丁市沒有學校規劃組別' },
      { path: 'teacherWaves', message: '丁市沒有教師填寫波段' },
    ]);
  });
});

describe('windowFor', () => {
  it('gives the group for schools and the wave for teachers', () => {
    expect(windowFor(sample(), '甲市', 'school')).toEqual({
      ...dayWindow('2024-08-05', '2024-08-14'),
      source: { kind: 'group', label: '學校規劃 A 組' },
    });
    expect(windowFor(sample(), '丙縣', 'teacher')).toEqual({
      ...dayWindow('2024-09-05', '2024-09-12'),
      source: { kind: 'wave', label: '教師填寫第 2 波段' },
    });
  });

  it("lets the authority's narrower window win, for its kind only", () => {
    expect(windowFor(sample(), '乙縣', 'teacher')).toEqual({
      ...dayWindow('2024-09-06', '2024-09-10'),
      source: { kind: 'authority', label: '乙縣自訂教師填寫期間' },
    });
    expect(windowFor(sample(), '乙縣', 'school')?.source.kind).toBe('group');
  });

  it('gives null for an authority without a window', () => {
    expect(windowFor(sample(), '丁市', 'school')).toBeNull();
    expect(windowFor(sample(), '丁市', 'teacher')).toBeNull();
  });
});

describe('isOnTime', () => {
  const window = dayWindow('2024-08-05', '2024-08-14');
  it.each([
    ['2024-08-14T17:00:00+08:00', true],
    ['2024-08-14T17:00:00.999+08:00', true],
    ['2024-08-14T17:00:01+08:00', false],
    ['2024-08-14T09:00:00Z', true],
    ['2024-08-14T09:00:01Z', false],
    ['2024-08-14T05:00:00-04:00', true],
    ['2024-08-05T00:00:00+08:00', true],
    ['2024-08-04T23:59:59+08:00', false],
    ['2024-08-04T16:00:00Z', true],
    ['2024-08-04T15:59:59Z', false],
    ['2024-08-10T12:00:00+08:00', true],
    ['2024-08-14 17:00:00', true],
  ])('%s → %s', (at, expected) => {
    expect(isOnTime(at, window)).toBe(expected);
  });

  it('throws on an unreadable submission time', () => {
    expect(() => isOnTime('113/08/14', window)).toThrow(RangeError);
  });
});

describe('openAt and closingSoon', () => {
  const labels = (ws: { label: string }[]): string[] => ws.map((w) => w.label);

  it.each([
    ['2024-08-04T23:59:59+08:00', []],
    ['2024-08-05T00:00:00+08:00', ['學校規劃 A 組']],
    ['2024-08-14T17:00:01+08:00', []],
    ['2024-08-15T00:00:00+08:00', ['學校規劃 B 組']],
    ['2024-09-06T08:00:00+08:00', ['教師填寫第 1 波段', '教師填寫第 2 波段', '乙縣自訂教師填寫期間']],
    ['2024-09-11T08:00:00+08:00', ['教師填寫第 2 波段']],
    ['2024-10-01T00:00:00+08:00', []],
  ])('open at %s', (at, expected) => {
    expect(labels(openAt(sample(), at))).toEqual(expected);
  });

  it('names the authorities of each open window', () => {
    expect(openAt(sample(), '2024-09-06T08:00:00+08:00').map((w) => w.authorities)).toEqual([
      ['甲市'],
      ['乙縣', '丙縣'],
      ['乙縣'],
    ]);
  });

  it('lists the windows closing within the given days, soonest first', () => {
    const at = '2024-09-07T17:00:00+08:00';
    expect(labels(closingSoon(sample(), at))).toEqual(['教師填寫第 1 波段', '乙縣自訂教師填寫期間']);
    expect(labels(closingSoon(sample(), at, 2))).toEqual(['教師填寫第 1 波段']);
    expect(labels(closingSoon(sample(), at, 5))).toEqual(['教師填寫第 1 波段', '乙縣自訂教師填寫期間', '教師填寫第 2 波段']);
    expect(labels(closingSoon(sample(), '2024-09-13T00:00:00+08:00', 30))).toEqual([]);
  });

  it('lists every window once', () => {
    expect(listWindows(sample())).toHaveLength(5);
  });
});

describe('rollOver', () => {
  it('moves every date a year on and clears the timeline', () => {
    const s = sample();
    s.timeline[0]!.done = true;
    s.timeline[0]!.date = '2024-08-20';
    const next = rollOver(s);
    expect(next.year).toBe(114);
    expect(next.open).toEqual(dayWindow('2025-08-05', '2026-07-31'));
    expect(next.rosterCutoff).toBe('2025-08-02T17:00:00+08:00');
    expect(next.schoolGroups[0]).toEqual({ name: 'A', ...dayWindow('2025-08-05', '2025-08-14'), authorities: ['甲市', '乙縣'] });
    expect(next.teacherWaves[1]).toEqual({ wave: 2, ...dayWindow('2025-09-05', '2025-09-12'), authorities: ['乙縣', '丙縣'] });
    expect(next.authorityWindows).toEqual([{ authority: '乙縣', kind: 'teacher', ...dayWindow('2025-09-06', '2025-09-10') }]);
    expect(next.timeline).toEqual([{ date: '2025-08-20', month: 8, task: '開放學校填報', unit: '學校', done: false, note: '' }]);
    expect(validateSchedule(next, AUTHORITIES)).toEqual([]);
  });

  it('does not share arrays with the old year', () => {
    const s = sample();
    rollOver(s).schoolGroups[0]!.authorities.push('丁市');
    expect(s.schoolGroups[0]!.authorities).toEqual(['甲市', '乙縣']);
  });

  it.each([
    ['2024-02-29', '2025-02-28'],
    ['2023-02-28', '2024-02-28'],
    ['2024-12-31', '2025-12-31'],
    ['2025-07-31', '2026-07-31'],
  ])('nextYearDate(%s) = %s', (date, next) => {
    expect(nextYearDate(date)).toBe(next);
  });

  it('keeps the Taipei wall clock of instants', () => {
    expect(nextYearInstant('2024-02-29T17:00:00+08:00')).toBe('2025-02-28T17:00:00+08:00');
    expect(nextYearInstant('2024-08-14T09:00:00Z')).toBe('2025-08-14T17:00:00+08:00');
  });

  it.each([...builtInYears])('rolls built-in year %d into a valid draft', (year) => {
    const next = rollOver(builtInSchedules[year]!);
    expect(next.year).toBe(year + 1);
    expect(validateSchedule(next, authoritiesOf(year)!)).toEqual([]);
    expect(next.timeline.every((t) => !t.done)).toBe(true);
  });
});

describe('built-in years', () => {
  it('are sound for their own authorities', () => {
    for (const year of builtInYears) {
      expect(validateSchedule(builtInSchedules[year]!, authoritiesOf(year)!)).toEqual([]);
    }
  });

  it('hand out editable copies of frozen data', () => {
    const copy = builtInSchedule(113)!;
    copy.schoolGroups[0]!.authorities.push('x');
    expect(builtInSchedules[113]!.schoolGroups[0]!.authorities).not.toContain('x');
    expect(() => builtInSchedules[113]!.teacherWaves.push(copy.teacherWaves[0]!)).toThrow(TypeError);
    expect(builtInSchedule(100)).toBeNull();
    expect(authoritiesOf(100)).toBeNull();
  });

  it('know the 113 and 106 authorities', () => {
    expect(authoritiesOf(113)).toHaveLength(23);
    expect(authoritiesOf(113)).toContain('桃園市');
    expect(authoritiesOf(106)).toHaveLength(23);
    expect(authoritiesOf(106)).toContain('桃園縣');
    expect(authoritiesOf(106)).not.toContain('桃園市');
  });

  it("finds Taichung's own 113 windows", () => {
    const s = builtInSchedules[113]!;
    expect(windowFor(s, '臺中市', 'school')?.source).toEqual({ kind: 'authority', label: '臺中市自訂學校規劃期間' });
    expect(windowFor(s, '臺中市', 'teacher')).toMatchObject(dayWindow('2024-09-18', '2024-09-24'));
    expect(windowFor(s, '高雄市', 'teacher')).toEqual({
      ...dayWindow('2024-09-20', '2024-09-27'),
      source: { kind: 'wave', label: '教師填寫第 5 波段' },
    });
  });
});
