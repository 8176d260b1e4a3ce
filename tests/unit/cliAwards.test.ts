import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../db/open.ts';
import { runCli } from '../../main/cli/run.ts';
import { EXPECTED } from '../helpers/awardDbExpected.ts';
import { buildAwardWorld } from '../helpers/awardDbWorld.ts';
import { tempDir } from '../helpers/store.ts';

// `awards` and `achievement` on the hand-made year of tests/helpers/awardDbWorld.ts: the JSON is the
// issue's shape exactly (keys in its order, numbers unrounded) and every run is stored.

const tmp = tempDir();
const db = join(tmp.dir, 'awards.db');
beforeAll(() => {
  const store = openStore(db);
  buildAwardWorld(store.sqlite);
  store.close();
});
afterAll(() => tmp.cleanup());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['--db', db, ...argv], { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('awards command', () => {
  it('prints the issue’s JSON, unrounded, keys in the issue’s order', async () => {
    const r = await cli('awards', '--year', '113', '--json');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(r.out)).toEqual(EXPECTED);
    expect(r.out.startsWith('{"year":113,"parameters":{"classWidth":1,"classOrigin":-0.5,"threshold":70,"fillRateThreshold":0.6,"nationalAverageSource":"computed"},"nationalAverage":25,"authorities":[{"authority":"臺中市","schools":3,"filedOnTime":2,"fillRate":0.6666666666666666,"awarded":true,"reasons":[]}')).toBe(true);
    expect(r.out).toContain('{"code":"193601","name":"臺中市立甲國民小學","authority":"臺中市","stage":"國小","teachers":4,"averageHours":25,"groupSize":2,"pr":50,"filedOnTime":true,"awarded":false,"reasons":["prBelowThreshold"]}');
    expect(r.out).toContain(`"name":"教師3","school":"193601","authority":"臺中市","stage":"國小","hours":30,"groupSize":7,"pr":${450 / 7},"filedOnTime":true,"awarded":false,"reasons":["prBelowThreshold"]}`);
    expect(r.out).not.toMatch(/[A-Z][12]\d{8}/);
  });

  it('takes the class width, threshold and a provided national average, and stores each run', async () => {
    const r = await cli('awards', '--year', '113', '--json', '--class-width', '2', '--threshold', '60', '--national-average', '23.4');
    const result = JSON.parse(r.out);
    expect(result.parameters).toEqual({ classWidth: 2, classOrigin: -1, threshold: 60, fillRateThreshold: 0.6, nationalAverageSource: 'provided' });
    expect(result.nationalAverage).toBe(23.4);
    const text = await cli('awards', '--year', '113');
    expect(text.code).toBe(0);
    expect(text.out).toContain('113 學年度獎勵計算（第 3 次，已儲存）');
    expect(text.out).toContain('全國平均研習時數：25 小時（依全部名單教師計算）');
    expect(text.out).toContain('獲獎：主管機關 1/3、學校 1/6、教師 2/11');
    expect(text.out).toContain('屏東縣　2　1　50.00%　未獲獎（轄屬學校填報率未達門檻）');
  });

  it('refuses bad options in Chinese', async () => {
    expect(await cli('awards', '--year', '113', '--threshold', 'abc')).toMatchObject({ code: 1, err: '選項 --threshold 必須是數字，收到「abc」。' });
    expect(await cli('awards', '--year', '113', '--threshold', '120')).toMatchObject({ code: 1, err: expect.stringContaining('threshold') });
    expect(await cli('awards')).toMatchObject({ code: 1, err: '請用 --year 指定學年度，例如 --year 113。' });
    expect(await cli('awards', '--year', '120')).toMatchObject({ code: 1, err: '資料庫裡沒有 120 學年度。' });
  });
});

describe('achievement command', () => {
  it('prints the rates by authority, school or teacher', async () => {
    const a = await cli('achievement', '--year', '113', '--level', 'authority', '--json');
    const parsed = JSON.parse(a.out);
    expect(Object.keys(parsed)).toEqual(['year', 'level', 'nation', 'authorities', 'stages']);
    expect(parsed.authorities[0]).toMatchObject({ authority: '臺中市', schoolRate: { rate: 0.75 }, teacherRate: { rate: 0.6 } });
    const s = JSON.parse((await cli('achievement', '--year', '113', '--level', 'school', '--json')).out);
    expect(s.rows[1]).toMatchObject({ code: '193601', teachers: 4, achievement: { planned: 80, actual: 100, achieved: 60, rate: 0.75, ratio: 1.25 } });
    const t = JSON.parse((await cli('achievement', '--year', '113', '--level', 'teacher', '--json')).out);
    expect(t.rows).toHaveLength(11);
    expect(t.rows.find((r: { name: string }) => r.name === '教師1')).toMatchObject({ school: '193601', achievement: { rate: 0.6 } });
    const text = await cli('achievement', '--year', '113', '--level', 'authority');
    expect(text.out).toContain('臺中市　學校規劃 3/3 校：達成率 75.00%（規劃 80、實際 210.5、達成 60 小時）');
    expect(await cli('achievement', '--year', '113', '--level', 'city')).toMatchObject({ code: 1, err: '請用 --level 指定 authority、school 或 teacher，收到「city」。' });
  });
});
