// The built-in 113 and 106 schedules, checked against the text of the source documents themselves
// (../shared/seeds), so that every date and member list is read off the seed, not retyped.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDateInput, toInstant } from '../../main/engine/rocDate.ts';
import { dayWindow } from '../../main/engine/schedule.ts';
import type { TimeWindow } from '../../main/engine/schedule.ts';
import { authoritiesOf, builtInSchedules } from '../../main/engine/schoolYears/index.ts';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);

function seedContaining(marker: string): string {
  const texts = readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(new URL(name, SEEDS), 'utf8'))
    .filter((text) => text.includes(marker));
  expect(texts, `exactly one seed contains ${marker}`).toHaveLength(1);
  return texts[0]!;
}

/** The text between two markers, both required. */
function section(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start + from.length);
  expect(start, `marker ${from}`).toBeGreaterThanOrEqual(0);
  expect(end, `marker ${to}`).toBeGreaterThan(start);
  return text.slice(start, end);
}

/** A date the seed writes in ROC form, read by the app's own parser. */
function rocDay(year: number | string, month: number | string, day: number | string): string {
  const parsed = parseDateInput(`${year}年${month}月${day}日`);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.date;
}

const members = (list: string): string[] => list.replace(/[。\s]/g, '').split('、');
const squeeze = (s: string): string => s.replace(/<\/?u>|[\s<>]/g, '').replace(/。$/, '');

/** Rows 'who<TAB>members<TAB>8 月 5 日至 8 月 14 日' of a school-group table. */
function groupRows(table: string, rocYear: number): { members: string[]; window: TimeWindow }[] {
  const rows = [...table.matchAll(/^[^\t\n]*\t([^\t\n]+)\t\s*(\d+)\s*月\s*(\d+)\s*日至\s*(\d+)\s*月\s*(\d+)\s*日\s*$/gm)];
  return rows.map((r) => ({
    members: members(r[1]!),
    window: dayWindow(rocDay(rocYear, r[2]!, r[3]!), rocDay(rocYear, r[4]!, r[5]!)),
  }));
}

describe('113 against the NKNU plan (113 學年度計畫書)', () => {
  const seed = seedContaining('113 學年度「學校本位暨教師自我專業進修規劃促進服務」計畫書');
  const plan = seed.slice(seed.indexOf('113 學年度「學校本位暨教師自我專業進修規劃促進服務」計畫書'));
  const schedule = builtInSchedules[113]!;

  it('has the open period of 伍、一', () => {
    const m = /服務系統開放時間：\s*(\d+)\s*年\s*(\d+)\s*月\s*(\d+)\s*日至\s*(\d+)\s*年\s*(\d+)\s*月\s*(\d+)\s*日/.exec(plan);
    expect(m).not.toBeNull();
    expect(schedule.open).toEqual(dayWindow(rocDay(m![1]!, m![2]!, m![3]!), rocDay(m![4]!, m![5]!, m![6]!)));
  });

  it('has the roster cutoff of the NKNU letter', () => {
    const m = /教師名單資料，係以(\d+)年(\d+)月(\d+)日(\d+:\d+)前/.exec(seed);
    expect(m).not.toBeNull();
    expect(schedule.rosterCutoff).toBe(toInstant(rocDay(m![1]!, m![2]!, m![3]!), m![4]!));
  });

  it('has every school group with its members and dates', () => {
    const rows = groupRows(section(plan, '(一)學校本位教師進修研習規劃', '(二)教師自我進修研習規劃'), 113);
    expect(rows).toHaveLength(2);
    expect(schedule.schoolGroups.map((g) => ({ members: g.authorities, window: { start: g.start, end: g.end } }))).toEqual(rows);
    expect(schedule.schoolGroups.map((g) => g.name)).toEqual(['A', 'B']);
  });

  it('has every teacher wave with its members and dates', () => {
    const table = section(plan, '(二)教師自我進修研習規劃', '三、滿意度問卷調查');
    const rows = [...table.matchAll(/^(\d+)\t([^\t\n]+)\t\s*(\d+)\s*月\s*(\d+)\s*日至\s*(\d+)\s*月\s*(\d+)\s*日/gm)];
    expect(rows).toHaveLength(5);
    expect(schedule.teacherWaves).toEqual(
      rows.map((r) => ({
        wave: Number(r[1]),
        ...dayWindow(rocDay(113, r[3]!, r[4]!), rocDay(113, r[5]!, r[6]!)),
        authorities: members(r[2]!),
      })),
    );
  });

  it('spans the overall filing periods of the NKNU letter', () => {
    const span = (label: string): TimeWindow => {
      const m = new RegExp(`${label}：(\\d+)年(\\d+)月(\\d+)日至(\\d+)月(\\d+)日(\\d+:\\d+)止`).exec(seed);
      expect(m, label).not.toBeNull();
      return { start: toInstant(rocDay(m![1]!, m![2]!, m![3]!), null), end: toInstant(rocDay(m![1]!, m![4]!, m![5]!), m![6]!) };
    };
    const hull = (ws: TimeWindow[]): TimeWindow => ({
      start: ws.map((w) => w.start).sort()[0]!,
      end: ws.map((w) => w.end).sort().at(-1)!,
    });
    expect(hull(schedule.schoolGroups)).toEqual(span('規劃時程'));
    expect(hull(schedule.teacherWaves)).toEqual(span('填寫時程'));
  });

  it('lists each of the 23 authorities of the year', () => {
    const all = [...schedule.schoolGroups.flatMap((g) => g.authorities)].sort();
    expect(all).toEqual([...authoritiesOf(113)!].sort());
  });

  it('has the yearly timeline 年度辦理時程 row by row', () => {
    const table = section(plan, '◎年度辦理時程', '◎獎勵方案');
    const rows = [...table.matchAll(/^(\d+月|隔年\d+月前)\t([^\t\n]+)\t([^\t\n]+)\t([^\t\n]+)$/gm)];
    expect(rows).toHaveLength(6);
    expect(schedule.timeline.map((t) => ({ ...t, task: squeeze(t.task), unit: squeeze(t.unit), note: squeeze(t.note) }))).toEqual(
      rows.map((r) => ({
        date: null,
        month: Number(/(\d+)月/.exec(r[1]!)![1]),
        task: squeeze(r[2]!),
        unit: squeeze(r[4]!),
        done: false,
        note: squeeze((r[1]!.startsWith('隔年') ? `${r[1]}。` : '') + r[3]!),
      })),
    );
  });
});

describe("113 against Taichung's letter", () => {
  const letter = seedContaining('臺中市政府教育局');
  const schedule = builtInSchedules[113]!;

  it.each([
    ['school', '規劃時程'],
    ['teacher', '填寫時程'],
  ] as const)('has its own %s window (%s)', (kind, label) => {
    const m = new RegExp(`${label}：(\\d+)年(\\d+)月(\\d+)日（星期.）至(\\d+)月(\\d+)日（星期.）(下午\\d+時)止`).exec(letter);
    expect(m, label).not.toBeNull();
    const end = parseDateInput(`${m![1]}年${m![4]}月${m![5]}日${m![6]}`);
    expect(end.ok).toBe(true);
    if (!end.ok) return;
    const own = schedule.authorityWindows.filter((w) => w.authority === '臺中市' && w.kind === kind);
    expect(own).toEqual([
      { authority: '臺中市', kind, start: toInstant(rocDay(m![1]!, m![2]!, m![3]!), null), end: toInstant(end.date, end.time) },
    ]);
  });

  it('has the same roster cutoff', () => {
    const m = /教師名單資料，係以(\d+)年(\d+)月(\d+)日\(星期.\)(下午\d+時)前/.exec(letter.replace(/\s/g, ''));
    expect(m).not.toBeNull();
    const cutoff = parseDateInput(`${m![1]}年${m![2]}月${m![3]}日${m![4]}`);
    expect(cutoff.ok && toInstant(cutoff.date, cutoff.time)).toBe(schedule.rosterCutoff);
  });
});

describe('106 against the 106 plan', () => {
  const seed = seedContaining('106 年度「學校本位暨教師自我專業進修規劃促進服務」計畫書');
  const schedule = builtInSchedules[106]!;

  it('has the open period and no roster cutoff', () => {
    const m = /服務系統開放時間：\s*(\d+)\s*年\s*(\d+)\s*月\s*(\d+)\s*日至\s*(\d+)\s*年\s*(\d+)\s*月\s*(\d+)\s*日/.exec(seed);
    expect(m).not.toBeNull();
    expect(schedule.open).toEqual(dayWindow(rocDay(m![1]!, m![2]!, m![3]!), rocDay(m![4]!, m![5]!, m![6]!)));
    expect(seed).not.toMatch(/教師名單資料/);
    expect(schedule.rosterCutoff).toBeNull();
  });

  it('has the authorities of its participation table', () => {
    const table = section(seed, '伍、各學年度參與縣市資料', '☆');
    const names = [...table.matchAll(/^\d+ (\S+)\t/gm)].map((r) => r[1]);
    expect(names).toHaveLength(23);
    expect(authoritiesOf(106)).toEqual(names);
  });

  it('has every school group with its members and dates', () => {
    const rows = groupRows(section(seed, '(一)學校本位教師進修研習規劃', '(二)教師自我進修研習規劃'), 106);
    expect(rows).toHaveLength(2);
    expect(schedule.schoolGroups.map((g) => ({ members: g.authorities, window: { start: g.start, end: g.end } }))).toEqual(rows);
  });

  it('has every teacher wave with its members and dates', () => {
    const table = section(seed, '(二)教師自我進修研習規劃', '三、召開');
    const waves: { wave: number; start: string; end: string; authorities: string[] }[] = [];
    for (const line of table.split('\n')) {
      const head = /^(\d+)\t(\S+)\t\s*(\d+)\s*月\s*(\d+)\s*日\(星期.\)~\s*(\d+)\s*月\s*(\d+)\s*日/.exec(line);
      const more = /^\t(\S+)\t?\s*$/.exec(line);
      if (head) {
        const window = dayWindow(rocDay(106, head[3]!, head[4]!), rocDay(106, head[5]!, head[6]!));
        waves.push({ wave: Number(head[1]), ...window, authorities: [head[2]!] });
      } else if (more && waves.length > 0) {
        waves.at(-1)!.authorities.push(more[1]!);
      }
    }
    expect(waves).toHaveLength(5);
    expect(schedule.teacherWaves).toEqual(waves);
  });

  it('has the month-by-month work plan as its timeline', () => {
    const plan = section(seed, '肆、106 年度辦理期程規劃', '伍、');
    const months = [...plan.matchAll(/◆\s*(\d+)\s*月\s*\n+(.+)/g)];
    expect(months).toHaveLength(12);
    expect(schedule.timeline.map((t) => [t.month, squeeze(t.task)])).toEqual(
      months.map((m) => [Number(m[1]), squeeze(m[2]!.replace('办', '辦'))]),
    );
    expect(schedule.timeline.every((t) => t.date === null && !t.done)).toBe(true);
  });
});
