import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemo } from '../../db/demo/index.ts';
import { dispatch } from '../../main/api/dispatch.ts';
import { builtInSchedule } from '../../main/engine/schoolYears/index.ts';
import { scheduleWorkbook } from '../../main/exports/scheduleWorkbook.ts';
import { parseScheduleWorkbook } from '../../main/exports/scheduleWorkbookRead.ts';
import type { Schedule } from '../../main/engine/schedule.ts';
import type { ScheduleState } from '../../preload/contracts/schedule.ts';
import { tempStore, testContext } from '../helpers/store.ts';

const store = tempStore();
const ctx = testContext(store);
beforeAll(() => createDemo(store.sqlite, { scale: 'small', year: 113, seed: 9 }));
afterAll(() => store.cleanup());

const file = (name: string) => join(store.dir, name);

async function schedule113(): Promise<Schedule> {
  const r = await dispatch('schedule:get', { year: 113 }, ctx);
  if (!r.ok) throw new Error(r.error.message);
  return (r.data as ScheduleState).schedule!;
}

/** The workbook of a schedule with cells changed: edits['教師填寫波段']['C6'] = '113/09/10'. */
function editedWorkbook(schedule: Schedule, edits: Record<string, Record<string, string | number | null>>, name: string): string {
  const wb = scheduleWorkbook(schedule);
  for (const [sheet, cells] of Object.entries(edits)) {
    for (const [address, value] of Object.entries(cells)) {
      const ws = wb.Sheets[sheet]!;
      if (value === null) delete ws[address];
      else ws[address] = typeof value === 'number' ? { t: 'n', v: value } : { t: 's', v: value };
    }
  }
  const path = file(name);
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return path;
}

describe('schedule workbook', () => {
  it('export → import gives back the very same schedule (113 and 106)', async () => {
    const out = file('113.xlsx');
    const exported = await dispatch('schedule:export', { year: 113, out }, ctx);
    expect(exported).toMatchObject({ ok: true, data: { path: out } });
    if (exported.ok) {
      expect((exported.data as { sheets: { name: string }[] }).sheets.map((s) => s.name)).toEqual(
        expect.arrayContaining(['學校規劃組別', '教師填寫波段', '年度工作時程']),
      );
    }
    const wb = XLSX.read(readFileSync(out));
    expect(wb.Sheets['教師填寫波段']!['B6']).toMatchObject({ t: 's', v: '113/09/11 00:00' });
    expect(wb.Sheets['教師填寫波段']!['C6']).toMatchObject({ t: 's', v: '113/09/16 17:00' });

    const imported = await dispatch('schedule:import', { year: 113, path: out }, ctx);
    expect(imported.ok).toBe(true);
    expect(await schedule113()).toEqual(builtInSchedule(113));
    // Text that a spreadsheet would take for a formula is written quoted and read back as it was.
    const formulaLike = builtInSchedule(113)!;
    formulaLike.timeline[0]!.task = '=HYPERLINK("http://example.invalid")';
    formulaLike.timeline[0]!.note = '-3 天前發函';
    const wbFormula = scheduleWorkbook(formulaLike);
    expect(wbFormula.Sheets['年度工作時程']!['C4']).toMatchObject({ t: 's', v: `'=HYPERLINK("http://example.invalid")` });
    expect(parseScheduleWorkbook(XLSX.write(wbFormula, { type: 'buffer', bookType: 'xlsx' }) as Buffer, 113).schedule).toEqual(formulaLike);
    const s106 = builtInSchedule(106)!;
    expect(parseScheduleWorkbook(XLSX.write(scheduleWorkbook(s106), { type: 'buffer', bookType: 'xlsx' }) as Buffer, 106).schedule).toEqual(s106);
  });

  it('reads dates the way officers type them: Gregorian, ROC long form, date cells, a day without a time', async () => {
    const path = editedWorkbook(builtInSchedule(113)!, {
      教師填寫波段: { B6: '2024/9/11', C6: '113年9月16日', B7: 45553 /* 2024-09-18 as an Excel serial */ },
      學校規劃組別: { A4: 'A 組', D4: '新北市，台北市、臺中市政府教育局 桃園市、苗栗縣、彰化縣、南投縣、基隆市、新竹市、國教署' },
    }, 'typed.xlsx');
    expect((await dispatch('schedule:import', { year: 113, path }, ctx)).ok).toBe(true);
    expect(await schedule113()).toEqual(builtInSchedule(113));
  });

  it('refuses a bad cell naming sheet, row and column, and changes nothing', async () => {
    const path = editedWorkbook(builtInSchedule(113)!, {
      教師填寫波段: { B5: '113/13/01', A7: '第四波' },
      年度工作時程: { E4: '也許' },
    }, 'bad-cells.xlsx');
    const r = await dispatch('schedule:import', { year: 113, path }, ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('FILE_REFUSED');
    expect(r.error.message).toContain('時程活頁簿有 3 個問題，沒有匯入，資料沒有任何變更');
    expect(r.error.message).toContain('「教師填寫波段」第 5 列「開始時間」：不存在的日期「113/13/01」');
    expect(r.error.message).toContain('「教師填寫波段」第 7 列「波段」：「第四波」不是波段編號');
    expect(r.error.message).toContain('「年度工作時程」第 4 列「完成」：「也許」應為「是」或「否」');
    expect(await schedule113()).toEqual(builtInSchedule(113));
  });

  it('refuses a schedule the rules refuse, pointing at the row', async () => {
    const path = editedWorkbook(builtInSchedule(113)!, { 教師填寫波段: { C6: '113/09/10' } }, 'backwards.xlsx');
    const r = await dispatch('schedule:import', { year: 113, path }, ctx);
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'FILE_REFUSED',
        message: expect.stringContaining('「教師填寫波段」第 6 列：教師填寫第 3 波段的結束時間 113/09/10 17:00 沒有晚於開始時間 113/09/11 00:00'),
      },
    });
    expect(await schedule113()).toEqual(builtInSchedule(113));
  });

  it('writes only where the officer chose, never over a file that is not a schedule workbook', async () => {
    expect(await dispatch('schedule:export', { year: 113, out: 'relative.xlsx' }, ctx)).toMatchObject({ ok: false, error: { code: 'BAD_PATH' } });
    expect(await dispatch('schedule:export', { year: 113, out: file('report.pdf') }, ctx)).toMatchObject({ ok: false, error: { code: 'BAD_PATH' } });
    const foreign = file('roster.xlsx');
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['身分證字號', '姓名']]), '教師名單');
    writeFileSync(foreign, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    expect(await dispatch('schedule:export', { year: 113, out: foreign }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'BAD_PATH', message: expect.stringContaining('不是本程式產生的檔案') },
    });
    expect(XLSX.read(readFileSync(foreign)).SheetNames).toEqual(['教師名單']);
    // An earlier export of the schedule may be replaced.
    expect((await dispatch('schedule:export', { year: 113, out: file('113.xlsx') }, ctx)).ok).toBe(true);
  });

  it('refuses a missing sheet and a file that is no workbook', async () => {
    const wb = scheduleWorkbook(builtInSchedule(113)!);
    wb.SheetNames = wb.SheetNames.filter((n) => n !== '教師填寫波段');
    const path = file('missing.xlsx');
    writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    expect(await dispatch('schedule:import', { year: 113, path }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'FILE_REFUSED', message: expect.stringContaining('「教師填寫波段」工作表：找不到這個工作表') },
    });
    const pdf = file('letter.xlsx');
    writeFileSync(pdf, '%PDF-1.7\n');
    expect(await dispatch('schedule:import', { year: 113, path: pdf }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'FILE_REFUSED', message: expect.stringContaining('不是 Excel 活頁簿') },
    });
    expect(await schedule113()).toEqual(builtInSchedule(113));
  });
});
