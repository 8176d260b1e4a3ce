import type { Random } from './random.ts';

// Common Taiwanese surnames with roughly their real frequency (percent), and given-name characters.
const SURNAMES: readonly (readonly [string, number])[] = [
  ['陳', 11], ['林', 8.3], ['黃', 6], ['張', 5.3], ['李', 5.1], ['王', 4.1], ['吳', 4], ['劉', 3.2], ['蔡', 2.9],
  ['楊', 2.7], ['許', 2.3], ['鄭', 1.9], ['謝', 1.8], ['郭', 1.7], ['洪', 1.6], ['曾', 1.4], ['邱', 1.4], ['廖', 1.4],
  ['賴', 1.3], ['周', 1.3], ['徐', 1.3], ['蘇', 1.2], ['葉', 1.2], ['莊', 1.1], ['呂', 1], ['江', 1], ['何', 1],
  ['蕭', 1], ['羅', 1], ['高', 1], ['簡', 0.8], ['潘', 0.8], ['朱', 0.8], ['鍾', 0.8], ['游', 0.7], ['彭', 0.7],
  ['詹', 0.7], ['胡', 0.6], ['施', 0.6], ['沈', 0.6], ['余', 0.6], ['盧', 0.6], ['梁', 0.6], ['趙', 0.5], ['顏', 0.5],
  ['柯', 0.5], ['翁', 0.5], ['魏', 0.4], ['孫', 0.4], ['戴', 0.4],
];
const FEMALE = '怡雅婷宜君佩淑美惠欣筱雯玲芳琪慧珮嘉靜萱如瑜珊蓉琳秀麗貞郁心涵晴妤真婉儀芸蘭潔';
const MALE = '志家俊建文明宏偉承宗冠庭瑋彥豪凱翔哲誠育信仁德傑政智維銘國正耀輝啟峰達安';

export function personName(random: Random, female: boolean): string {
  const surname = random.weighted(SURNAMES);
  const pool = female ? FEMALE : MALE;
  const a = pool[random.int(0, pool.length - 1)]!;
  if (random.chance(0.06)) return surname + a;
  const b = (random.chance(0.75) ? pool : FEMALE + MALE)[random.int(0, pool.length - 1)]!;
  return surname + a + (b === a ? pool[(pool.indexOf(a) + 1) % pool.length]! : b);
}

const PLACE_FIRST = '文仁中光民信和復建忠大東永福長新明育崇博自振成勝興華德安平南北西頂內溪山竹清瑞';
const PLACE_SECOND = '雅愛正生義興國孝同安山德英華明和成功光美豐榮昌隆田埔湖港林峰源泉園洲崙坑寮厝';

/** Two-character place names such as 文雅, 永和, 光華 — the way most school names begin. */
export function placeNames(random: Random): string[] {
  const all: string[] = [];
  for (const a of PLACE_FIRST) for (const b of PLACE_SECOND) if (a !== b) all.push(a + b);
  for (let i = all.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all;
}
