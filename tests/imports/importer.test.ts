import { describe, expect, it } from 'vitest';
import { ImportRefused } from '../../main/imports/errors.ts';
import { openImport, readImport } from '../../main/imports/importer.ts';
import type { ImportBatch, ImportProgress } from '../../main/imports/importer.ts';
import type { ImportKind } from '../../main/imports/kinds.ts';
import { collect, tempDir, xlsxBuffer } from './helpers.ts';

const file = tempDir();

async function importAll<K extends ImportKind>(kind: K, path: string): Promise<Array<ImportBatch<K>>> {
  return collect(readImport(kind, path));
}

describe('import kinds, end to end', () => {
  it('teachers: title rows, any column order, unknown columns listed, bad rows rejected with sheet, row, column', async () => {
    const path = file(
      'teachers.xlsx',
      xlsxBuffer({
        教師名單: [
          ['臺北市 113 學年度 教師名單'],
          [],
          ['在職狀態', '教師姓名', '備註', '學校代碼', '身分證字號', '帳號狀況'],
          ['在職', '王小明', '新進', 193601, 'a123456789', '啟用中'],
          ['退休', '李小華', null, '010301', 'A123456788', '停用中'],
          [null, null, null, null, null, null],
          ['離開', '', null, '193601', 'A800000014', null],
        ],
      }),
    );
    const session = await openImport('teachers', path);
    expect(session.format).toBe('xlsx');
    expect(session.layouts).toMatchObject([{ key: 'teachers', sheet: '教師名單', headerRow: 3, unknownColumns: ['備註'] }]);
    const batches = await collect(session.batches());
    expect(batches).toHaveLength(1);
    const [batch] = batches;
    expect(batch?.records).toEqual([
      {
        row: 4,
        nationalId: 'A123456789',
        name: '王小明',
        schoolCode: '193601',
        title: null,
        subjects: null,
        accountStatus: '啟用中',
        employmentStatus: '在職',
      },
    ]);
    expect(batch?.rejections).toEqual([
      { sheet: '教師名單', row: 5, column: '身分證字號', reason: '身分證字號檢查碼錯誤' },
      { sheet: '教師名單', row: 7, column: '教師姓名', reason: '教師姓名不可空白' },
      { sheet: '教師名單', row: 7, column: '在職狀態', reason: '「離開」不是可用的選項（可填：在職、離職、轉校、退休）' },
    ]);
    expect(batch).toMatchObject({ rowsRead: 3, rowsRejected: 2 });
  });

  it('a missing required column is refused, naming the sheet and the column(s)', async () => {
    const path = file('no-id.xlsx', xlsxBuffer({ 名單: [['姓名', '職稱'], ['王', '教師']] }));
    const error = await openImport('teachers', path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefused);
    expect(error).toMatchObject({ code: 'missing-columns' });
    expect((error as Error).message).toContain('工作表「名單」缺少必要欄位：身分證字號、學校代碼');
  });

  it('schools, authorities, accounts, contacts, taxonomy, courses', async () => {
    const cases: Array<[ImportKind, unknown[][], Record<string, unknown>]> = [
      ['taxonomy', [['課程類別代碼', '名稱'], ['3-2-5', '教學輔導理論與實務']], { code: '3-2-5', name: '教學輔導理論與實務' }],
      ['authorities', [['主管機關代碼', '主管機關名稱', '學校規劃組別', '教師填寫波段'], ['63', '臺北市', 'A', 3]], { code: '63', teacherWave: 3 }],
      [
        'schools',
        [['學校代碼', '學校名稱', '縣市', '學校階段', '學生總數', '校長電話', '校長Email'], ['1.93601E+05', '高雄女中', '高雄市', '高中', '2,134', 73456789, 'p@s.edu.tw']],
        { code: '193601', authority: '高雄市', stage: '高中', studentCount: 2134, principalPhone: '073456789' },
      ],
      ['accounts', [['學校代碼', '帳號', '姓名', '類別', '狀態'], [193601, 'chief01', '張主任', '總負責人', '啟用中']], { account: 'chief01', kind: '總負責人' }],
      ['contacts', [['主管機關', '承辦人姓名', '傳真'], ['臺北市', '林承辦', 227208889]], { name: '林承辦', fax: '0227208889' }],
      [
        'courses',
        [['課程代號', '研習課程名稱', '辦理單位', '課程開始日期', '課程結束日期', '研習時數'], ['3456789', '閱讀', '某國中', '113/08/05', '1130806', 6]],
        { code: '3456789', name: '閱讀', organizer: '某國中', startDate: '2024-08-05', endDate: '2024-08-06', hours: 6 },
      ],
    ];
    for (const [kind, aoa, expected] of cases) {
      const batches = await importAll(kind, file(`${kind}.xlsx`, xlsxBuffer({ 工作表1: aoa })));
      expect(batches[0]?.rejections, kind).toEqual([]);
      expect(batches[0]?.records[0], kind).toMatchObject(expected);
    }
  });

  it('courses: an end before the start is rejected at the end date', async () => {
    const aoa = [['課程代碼', '課程名稱', '課程開始日期', '課程結束日期'], ['1', 'x', '2024-08-06', '2024-08-05']];
    const [batch] = await importAll('courses', file('period.csv', aoa.map((r) => r.join(',')).join('\n')));
    expect(batch?.rejections).toEqual([{ sheet: 'period', row: 2, column: '課程結束日期', reason: '課程結束日期早於課程開始日期' }]);
  });

  it('hours as the national site exports them: name, no ID, 實核時數/學分數, dates in many forms', async () => {
    const csv = [
      '姓名,課程代號,實核時數/學分數,研習日期,服務學校',
      '王小明,3456789,3,113/08/05,某國中',
      '李小華,3456790,1.5,2024-09-10 17:00,某國中',
      '陳大同,3456791,-2,1130805,某國中',
      '林一,3456792,2.333,113年8月5日,某國中',
    ].join('\r\n');
    const [batch] = await importAll('hours', file('hours.csv', `\uFEFF${csv}`));
    expect(batch?.records.map((r) => [r.name, r.hours, r.endedAt, r.nationalId])).toEqual([
      ['王小明', 3, { date: '2024-08-05', time: null }, null],
      ['李小華', 1.5, { date: '2024-09-10', time: '17:00:00' }, null],
    ]);
    expect(batch?.rejections.map((r) => [r.row, r.column, r.reason])).toEqual([
      [4, '實核時數/學分數', '時數不可為負數'],
      [5, '實核時數/學分數', '時數 2.333 超過兩位小數'],
    ]);
  });

  it('school plans: three sheets, found by name, ranked needs checked for repeats', async () => {
    const path = file(
      'school-plans.xlsx',
      xlsxBuffer({
        學校規劃: [
          ['學校代碼', '狀態', '送出時間', '進修方式1', '進修方式2', '進修時間1', '進修地點1', '進修階層', '實施方式'],
          ['193601', '送出', '113/08/10 16:59', '非學分班-研習時數', '學分班-碩士層級進修', '週六', '服務學校', '第一階基礎-瞭解熟悉', '工作坊'],
          ['193602', '暫存', null, '非學分班-研習時數', '非學分班-研習時數', null, null, null, null],
        ],
        學校規劃時數: [['學校代碼', '課程類別', '規劃時數'], ['193601', '3-2-5', 2], ['193601', '1-1-1', 1.5]],
        狀態紀錄: [['對象', '動作', '時間', '操作者', '原因'], ['193601', '送出', '2024-08-10 16:59:00', 'chief01', null]],
      }),
    );
    const session = await openImport('school-plans', path);
    expect(session.layouts.map((l) => [l.key, l.sheet])).toEqual([
      ['plans', '學校規劃'],
      ['hours', '學校規劃時數'],
      ['statusLog', '狀態紀錄'],
    ]);
    const batches = await collect(session.batches());
    const plans = batches.find((b) => b.sheet === 'plans');
    expect(plans?.records).toHaveLength(1);
    expect(plans?.records[0]).toMatchObject({ schoolCode: '193601', status: '送出', submittedAt: { date: '2024-08-10', time: '16:59:00' } });
    expect(plans?.rejections).toEqual([
      { sheet: '學校規劃', row: 3, column: '進修方式2', reason: '「非學分班-研習時數」與進修方式1重複' },
    ]);
    const hours = batches.find((b) => b.sheet === 'hours');
    expect(hours?.sheet === 'hours' && hours.records.map((r) => r.hours)).toEqual([2, 1.5]);
    const log = batches.find((b) => b.sheet === 'statusLog');
    expect(log?.records[0]).toMatchObject({ target: '193601', action: '送出', actor: 'chief01' });
  });

  it('teacher plans without the optional status sheet; a missing required sheet is refused', async () => {
    const plans = [['身分證字號', '學校代碼', '狀態', '學校階段'], ['A123456789', '193601', '送出', '國中']];
    const hours = [['身分證字號', '課程類別', '規劃時數'], ['A123456789', '3-2-5', 2]];
    const ok = await openImport('teacher-plans', file('tp.xlsx', xlsxBuffer({ 教師規劃: plans, 教師規劃時數: hours })));
    expect(ok.layouts.map((l) => l.key)).toEqual(['plans', 'hours']);
    await ok.close();
    const missing = openImport('teacher-plans', file('tp2.xlsx', xlsxBuffer({ 教師規劃: plans })));
    await expect(missing).rejects.toMatchObject({ code: 'missing-sheet', message: expect.stringContaining('教師規劃時數') });
  });

  it('survey: fixed columns and every other column a question', async () => {
    const aoa = [['填答者類別', '學校代碼', '操作容易嗎？', '建議'], ['教師', 193601, 5, '很好'], ['家長', 193601, 3, null]];
    const session = await openImport('survey', file('survey.xlsx', xlsxBuffer({ 問卷: aoa })));
    expect(session.layouts[0]?.questions).toEqual(['操作容易嗎？', '建議']);
    const [batch] = await collect(session.batches());
    expect(batch?.records).toEqual([{ row: 2, respondentKind: '教師', schoolCode: '193601', answers: [5, '很好'] }]);
    expect(batch?.rejections[0]).toMatchObject({ row: 3, column: '填答者類別' });
  });

  it('a .xls file imports like an .xlsx', async () => {
    const aoa = [['身分證字號', '姓名', '學校代碼'], ['A123456789', '王小明', 193601]];
    const session = await openImport('teachers', file('teachers.xls', xlsxBuffer({ 教師名單: aoa }, 'biff8')));
    expect(session.format).toBe('xls');
    const [batch] = await collect(session.batches());
    expect(batch?.records[0]).toMatchObject({ nationalId: 'A123456789', schoolCode: '193601' });
  });

  it('an HTML table saved as .xls (as some web systems export) is read too', async () => {
    const html = '<html><body><table><tr><td>身分證字號</td><td>姓名</td><td>學校代碼</td></tr><tr><td>A123456789</td><td>王</td><td>010301</td></tr></table></body></html>';
    const [batch] = await importAll('teachers', file('web.xls', html));
    expect(batch?.records[0]).toMatchObject({ nationalId: 'A123456789', schoolCode: '010301' });
  });
});

describe('streaming, progress and cancel', () => {
  const rows = 12_000;
  const csv = ['姓名,課程代碼,實核時數,研習日期'];
  for (let i = 0; i < rows; i++) csv.push(`教師${i},${1000 + i},${i % 5},2024-08-05`);

  it('yields bounded batches and reports progress', async () => {
    const progress: ImportProgress[] = [];
    const batches = await collect(
      readImport('hours', file('stream.csv', csv.join('\n')), { batchSize: 1000, onProgress: (p) => progress.push(p) }),
    );
    expect(batches.reduce((n, b) => n + b.records.length, 0)).toBe(rows);
    expect(batches.map((b) => b.rowsRead)).toEqual(Array(12).fill(1000));
    expect(progress.at(-1)).toMatchObject({ sheet: 'stream', rowsRead: rows });
    expect(progress.at(-1)?.bytesRead).toBe(progress.at(-1)?.bytesTotal);
    expect(progress.map((p) => p.rowsRead)).toEqual([...progress.map((p) => p.rowsRead)].sort((a, b) => a - b));
  });

  it('stops with a cancelled refusal when the signal fires', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = (async () => {
      for await (const batch of readImport('hours', file('cancel.xlsx', xlsxBuffer({ s: csv.map((l) => l.split(',')) })), {
        batchSize: 500,
        signal: controller.signal,
      })) {
        seen.push(batch.rowsRead);
        controller.abort();
      }
    })();
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(seen.length).toBe(1);
  });

  it('an already aborted signal opens nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(openImport('hours', file('x.csv', 'a'), { signal: controller.signal })).rejects.toMatchObject({ code: 'cancelled' });
  });
});
