import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/run.ts';
import { builtInSchedule } from '../../main/engine/schoolYears/index.ts';
import { tempDir } from '../helpers/store.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const db = join(tmp.dir, 'cli.db');

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['--db', db, ...argv], { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('schedule commands', () => {
  it('schedule show --year 113 --json prints the built-in 113 schedule in the contract shape', async () => {
    expect((await cli('demo', '--scale', 'small')).code).toBe(0);
    const r = await cli('schedule', 'show', '--year', '113', '--json');
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out);
    expect(parsed).toEqual(builtInSchedule(113));
    expect(Object.keys(parsed)).toEqual(['year', 'open', 'rosterCutoff', 'schoolGroups', 'teacherWaves', 'authorityWindows', 'timeline']);
    expect(parsed.schoolGroups[0]).toEqual({
      name: 'A',
      start: '2024-08-05T00:00:00+08:00',
      end: '2024-08-14T17:00:00+08:00',
      authorities: ['新北市', '臺北市', '臺中市', '桃園市', '苗栗縣', '彰化縣', '南投縣', '基隆市', '新竹市', '教育部國教署'],
    });
    const text = await cli('schedule', 'show', '--year', '113');
    expect(text.out).toContain('教師填寫第 3 波段　113/09/11 00:00 至 113/09/16 17:00　臺北市、雲林縣、臺南市、新竹縣');
    expect(text.out).toContain('檢核：沒有發現問題。');
  });

  it('schedule show of 106 added from the built-in data equals its plan', async () => {
    expect((await cli('schedule', 'builtin', '--year', '106')).code).toBe(0);
    expect(JSON.parse((await cli('schedule', 'show', '--year', '106', '--json')).out)).toEqual(builtInSchedule(106));
  });

  it('export, then import of a refused workbook exits 2 with a Chinese message and changes nothing', async () => {
    const out = join(tmp.dir, 's.xlsx');
    expect(await cli('schedule', 'export', '--year', '113', '--out', out)).toMatchObject({ code: 0, out: expect.stringContaining('已匯出 113 學年度服務時程') });
    expect(await cli('schedule', 'import', out, '--year', '113')).toMatchObject({ code: 0, out: expect.stringContaining('教師填寫波段 5 個') });

    const wb = XLSX.read(readFileSync(out));
    wb.Sheets['教師填寫波段']!['C6'] = { t: 's', v: '113/09/10 17:00' };
    const bad = join(tmp.dir, 'bad.xlsx');
    writeFileSync(bad, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const refused = await cli('schedule', 'import', bad, '--year', '113');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('教師填寫第 3 波段的結束時間 113/09/10 17:00 沒有晚於開始時間 113/09/11 00:00');
    expect(JSON.parse((await cli('schedule', 'show', '--year', '113', '--json')).out)).toEqual(builtInSchedule(113));
  });

  it('asks for what is missing, in Chinese', async () => {
    expect(await cli('schedule', 'show')).toMatchObject({ code: 1, err: '請用 --year 指定學年度，例如 --year 113。' });
    expect(await cli('schedule', 'show', '--year', '112')).toMatchObject({ code: 1, err: expect.stringContaining('資料庫裡沒有 112 學年度') });
    expect(await cli('schedule', 'import', '--year', '113')).toMatchObject({ code: 1, err: expect.stringContaining('請指定一個要匯入的 .xlsx 檔案') });
  });

  it('import taxonomy lands a new version for the year, and exits 2 on a refused list', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['代碼', '名稱'], ['1', '課程、教學及評量'], ['1-1', '學生身心發展與學習理論']]), '課程分類');
    const good = join(tmp.dir, 'taxonomy.xlsx');
    writeFileSync(good, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    expect(await cli('import', 'taxonomy', good, '--year', '113')).toMatchObject({ code: 0, out: expect.stringContaining('已匯入課程分類 2 項') });
    const csv = join(tmp.dir, 'bad.csv');
    writeFileSync(csv, '代碼,名稱\n1,課程\n1-1-1,沒有上層\n');
    const refused = await cli('import', 'taxonomy', csv, '--year', '113');
    expect(refused).toMatchObject({ code: 2, err: expect.stringContaining('第 3 列「代碼」：代碼「1-1-1」的上層「1-1」不在清單中') });
  });
});
