// What a demo plan looks like: ranked needs with the preferences officers see in the real
// statistics, hours spread over the domains differently per stage, and submission times that pile
// up towards the end of the window. Pure functions of the seeded random source.
import { NEED_LEVELS, NEED_METHODS, NEED_MODES, NEED_PLACES, NEED_TIMES, type Stage } from '../../main/engine/vocabulary.ts';
import type { Random } from './random.ts';

/** Sampling without replacement, heavier weights first more often. */
function ranked<T>(random: Random, items: readonly (readonly [T, number])[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) {
    const pick = random.weighted(pool);
    out.push(pick);
    pool.splice(pool.findIndex(([item]) => item === pick), 1);
  }
  return out;
}

const MODE_WEIGHTS: Record<Stage, readonly number[]> = {
  國小: [85, 10, 5],
  國中: [80, 10, 10],
  高中: [70, 8, 22],
  高職: [75, 12, 13],
  特殊教育學校: [78, 10, 12],
};
const TIME_WEIGHTS = [40, 8, 14, 4, 26, 8];
const PLACE_WEIGHTS = [38, 16, 18, 8, 14, 3, 3];
const LEVEL_WEIGHTS = [30, 45, 15, 10];
const METHOD_WEIGHTS = [18, 8, 30, 10, 22, 12];

const zip = <T>(options: readonly T[], weights: readonly number[]) => options.map((o, i) => [o, weights[i] ?? 1] as const);

export interface DemoNeeds {
  modes: (string | null)[];
  times: (string | null)[];
  timeOther: string | null;
  places: (string | null)[];
  placeOther: string | null;
  level: string | null;
  method: string | null;
}

/** Complete needs for a submitted plan; a draft may stop part-way (its ranks are only checked on submission). */
export function demoNeeds(random: Random, stage: Stage, complete: boolean): DemoNeeds {
  const fill = <T>(list: T[], n: number): (T | null)[] => [...list.slice(0, n), ...Array<null>(list.length - n).fill(null)];
  const modes = ranked(random, zip(NEED_MODES, MODE_WEIGHTS[stage]), 3);
  const times = ranked(random, zip(NEED_TIMES, TIME_WEIGHTS), 6);
  const places = ranked(random, zip(NEED_PLACES, PLACE_WEIGHTS), 6);
  return {
    modes: complete ? modes : fill(modes, random.int(1, 3)),
    times: complete ? times : fill(times, random.int(0, 6)),
    timeOther: random.chance(0.03) ? random.pick(['週三下午教師進修時段', '寒暑假備課日', '段考後下午']) : null,
    places: complete ? places : fill(places, random.int(0, 6)),
    placeOther: random.chance(0.02) ? random.pick(['縣市教育網路中心', '教師會研習中心']) : null,
    level: complete || random.chance(0.5) ? random.weighted(zip(NEED_LEVELS, LEVEL_WEIGHTS)) : null,
    method: complete || random.chance(0.5) ? random.weighted(zip(NEED_METHODS, METHOD_WEIGHTS)) : null,
  };
}

/** Planned share of the six domains by stage: 國小 leans on 班級經營與輔導, 高職 on 實用知能. */
const DOMAIN_WEIGHTS: Record<Stage, readonly number[]> = {
  國小: [30, 26, 14, 12, 4, 14],
  國中: [36, 20, 14, 15, 5, 10],
  高中: [42, 10, 18, 16, 5, 9],
  高職: [30, 8, 14, 14, 6, 28],
  特殊教育學校: [26, 30, 14, 10, 5, 15],
};

/** Hours on detail codes: [code, hundredths][], codes distinct. */
export function demoHours(random: Random, stage: Stage, detailsByDomain: readonly string[][], scale: 'teacher' | 'school'): [string, number][] {
  const count = scale === 'teacher' ? Math.max(2, Math.min(14, Math.round(random.normal(7.5, 2.5)))) : random.int(10, 16);
  const domains = DOMAIN_WEIGHTS[stage].map((w, i) => [i, w] as const).filter(([i]) => (detailsByDomain[i]?.length ?? 0) > 0);
  const out = new Map<string, number>();
  for (let i = 0; i < count * 2 && out.size < count; i++) {
    const codes = detailsByDomain[random.weighted(domains)]!;
    const code = random.pick(codes);
    if (out.has(code)) continue;
    const hours = scale === 'teacher' ? random.weighted([[1, 20], [2, 30], [3, 25], [4, 10], [6, 8], [1.5, 4], [2.5, 3]] as const) : random.int(3, 18);
    out.set(code, Math.round(hours * 100));
  }
  return [...out];
}

export const EDUCATION = [['學士', 45], ['碩士', 47], ['博士', 2], ['專科', 6]] as const;
export const SERVICE_YEARS = [['未滿3年', 12], ['3~5年', 12], ['6~10年', 16], ['11~15年', 18], ['16~20年', 17], ['21~25年', 14], ['26年以上', 11]] as const;

const GRADES: Record<Stage, readonly string[]> = {
  國小: ['一', '二', '三', '四', '五', '六'].map((g) => `國小${g}年級`),
  國中: ['七', '八', '九'].map((g) => `國中${g}年級`),
  高中: ['一', '二', '三'].map((g) => `高中${g}年級`),
  高職: ['一', '二', '三'].map((g) => `高職${g}年級`),
  特殊教育學校: ['國小部', '國中部', '高職部'].map((g) => `${g}`),
};

export function demoGrade(random: Random, stage: Stage): string {
  return random.pick(GRADES[stage]);
}

const HOUR_MS = 3_600_000;

/**
 * A submission time inside [start, end]: a working hour of a day, later days more likely (filing
 * piles up before the deadline), never after the window's last instant.
 */
export function timeInside(random: Random, startMs: number, endMs: number): number {
  const span = endMs - startMs;
  const t = startMs + span * Math.pow(random.next(), 0.55);
  const hourOfDay = new Date(t + 8 * HOUR_MS).getUTCHours();
  const shifted = hourOfDay < 8 ? t + (8 - hourOfDay) * HOUR_MS : t;
  return Math.floor(Math.min(shifted, endMs - random.int(1, 3_000) * 1000) / 1000) * 1000;
}

/** A late submission: one hour to ten days after the window closed. */
export function timeAfter(random: Random, endMs: number): number {
  return Math.floor((endMs + random.int(1, 240) * HOUR_MS + random.int(0, 3_599) * 1000) / 1000) * 1000;
}

export const RETURN_REASONS = [
  '研習需求順位重複，請修正後再送出',
  '研習主題時數與學校本位規劃差異過大，請再確認',
  '規劃時數偏低，請依學校本位規劃補充',
  '任教年級填寫錯誤，請修正',
  '教師申請退回修改',
] as const;
