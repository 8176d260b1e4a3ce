import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/dispatch.ts';
import { apiOf, writeSheet } from '../helpers/importFiles.ts';
import { tempStore } from '../helpers/store.ts';

// Authorities, schools, business accounts and contact persons through the API, end to end: each
// import lands in the worker's transaction, counts are exact, a second import changes nothing.

const store = tempStore();
const api = apiOf(store);
afterAll(() => store.cleanup());

const AUTHORITIES = [
  ['主管機關代碼', '主管機關名稱', '學校規劃組別', '教師填寫波段'],
  ['19', '臺中市', 'A', 4],
  ['13', '屏東縣', 'B', 4],
  ['00', '教育部國教署', 'A', 1],
];

const SCHOOLS = [
  ['113 學年度學校名冊'],
  ['學校代碼', '學校名稱', '縣市', '學校階段', '學生總數', '校長姓名', '聯絡人Email'],
  [196001, '臺中市立文雅國民小學', '台中市', '國小', 420, '王大明', 'a@x.edu.tw'],
  ['195001', '臺中市立光華國民中學', '臺中市政府教育局', '國中', 900, '李小華', null],
  ['133001', '屏東縣立長興國民小學', '屏東縣', '國小', 80, '陳美', null],
  ['003001', '國立竹山高級中學', '國教署', '高中', 1500, '林一', null],
];

const run = (kind: 'authorities' | 'schools' | 'teachers' | 'accounts' | 'contacts', path: string, year = 113) =>
  api.call('imports:run', { task: `t-${kind}-${Math.random()}`, kind, path, year });

beforeAll(async () => {
  await run('authorities', writeSheet(store.dir, 'authorities.xlsx', AUTHORITIES));
});

describe('authorities import', () => {
  it('creates the school year and adds the authorities; the same file again changes nothing', async () => {
    const years = await api.call('years:list', {});
    expect(years.map((y) => y.year)).toEqual([113]);
    const list = await api.call('registry:authorities', { year: 113 });
    expect(list).toEqual([
      { id: expect.any(Number), code: '19', name: '臺中市', schoolGroup: 'A', teacherWave: 4 },
      { id: expect.any(Number), code: '13', name: '屏東縣', schoolGroup: 'B', teacherWave: 4 },
      { id: expect.any(Number), code: '00', name: '教育部國教署', schoolGroup: 'A', teacherWave: 1 },
    ]);
    const again = await run('authorities', writeSheet(store.dir, 'authorities-again.xlsx', AUTHORITIES));
    expect(again).toMatchObject({ status: 'landed', read: 3, added: 0, replaced: 0, unchanged: 3, rejected: 0 });
  });

  it('updates a changed row, matches a renumbered code by name, and reports repeated keys', async () => {
    const path = writeSheet(store.dir, 'authorities-changed.xlsx', [
      ['主管機關代碼', '主管機關名稱', '學校規劃組別', '教師填寫波段'],
      ['19', '臺中市', 'A', 4],
      ['13', '屏東縣', 'B', 5],
      ['99', '教育部國教署', 'A', 1],
      ['19', '臺中市', 'A', 4],
    ]);
    const report = await run('authorities', path);
    expect(report).toMatchObject({ read: 4, added: 0, replaced: 2, unchanged: 1, rejected: 1 });
    const rejections = await api.call('imports:rejections', { id: report.id });
    expect(rejections.rows).toEqual([{ sheet: 'Sheet1', row: 5, column: '主管機關代碼', reason: '與第 2 列的主管機關代碼重複，本列未匯入' }]);
    const list = await api.call('registry:authorities', { year: 113 });
    expect(list.find((a) => a.name === '屏東縣')?.teacherWave).toBe(5);
    expect(list.find((a) => a.name === '教育部國教署')?.code).toBe('99');
    await run('authorities', writeSheet(store.dir, 'authorities-back.xlsx', AUTHORITIES));
  });
});

describe('schools import', () => {
  it('adds schools under their authority, matched by any usual spelling, below a title row', async () => {
    const report = await run('schools', writeSheet(store.dir, 'schools.xlsx', SCHOOLS));
    expect(report).toMatchObject({ read: 4, added: 4, replaced: 0, unchanged: 0, rejected: 0 });
    const page = await api.call('registry:schools', { year: 113, sort: { by: 'code', dir: 'asc' } });
    expect(page.rows.map((s) => [s.code, s.authority, s.stage, s.students])).toEqual([
      ['003001', '教育部國教署', '高中', 1500],
      ['133001', '屏東縣', '國小', 80],
      ['195001', '臺中市', '國中', 900],
      ['196001', '臺中市', '國小', 420],
    ]);
    const again = await run('schools', writeSheet(store.dir, 'schools-again.xlsx', SCHOOLS));
    expect(again).toMatchObject({ read: 4, added: 0, replaced: 0, unchanged: 4, rejected: 0 });
  });

  it('rejects a row of an unknown authority with sheet, row and the column as the file names it', async () => {
    const path = writeSheet(
      store.dir,
      'schools-bad.xlsx',
      [SCHOOLS[1]!, ['196001', '臺中市立文雅國民小學', '臺中市', '國小', 430, '王大明', 'a@x.edu.tw'], ['999001', '火星國小', '火星市', '國小', 1, null, null]],
      '學校',
    );
    const report = await run('schools', path);
    expect(report).toMatchObject({ read: 2, added: 0, replaced: 1, unchanged: 0, rejected: 1 });
    const rejections = await api.call('imports:rejections', { id: report.id });
    expect(rejections.rows).toEqual([
      { sheet: '學校', row: 3, column: '縣市', reason: '113 學年度沒有「火星市」這個主管機關，請先匯入主管機關或修正名稱' },
    ]);
    // Only the columns in the file change: 校長電話 was never given, 聯絡人Email stays as the file says.
    const detail = await api.call('registry:school', { id: page0Id(await api.call('registry:schools', { year: 113, filter: { q: '196001' } })) });
    expect(detail).toMatchObject({ students: 430, principal: { name: '王大明', phone: null }, contact: { email: 'a@x.edu.tw' } });
  });

  it('refuses a kind that needs a registry when the year does not exist, changing nothing', async () => {
    const result = await api.raw('imports:run', { task: 'no-year', kind: 'schools', path: writeSheet(store.dir, 's2.xlsx', SCHOOLS), year: 112 });
    expect(result).toMatchObject({ ok: false, error: { code: 'NO_YEAR', message: expect.stringContaining('沒有 112 學年度') } });
  });
});

const page0Id = (page: { rows: { id: number }[] }) => page.rows[0]!.id;

describe('business accounts import', () => {
  const header = ['學校代碼', '帳號', '姓名', '類別', '電話', 'Email', '狀態'];

  it('adds accounts per school, rejects an unknown school, and is idempotent', async () => {
    const rows = [
      header,
      ['196001', 'wy-chief', '張主任', '總負責人', '0422223333', 'c@x.edu.tw', '啟用中'],
      ['196001', 'wy-op', '李組長', '作業人員', null, null, null],
      ['195001', 'gh-contact', '周老師', '連絡人', null, null, '待申請'],
      ['888888', 'nobody', '無名', '連絡人', null, null, null],
      ['196001', 'wy-x', '錯類別', '校長', null, null, null],
    ];
    const report = await run('accounts', writeSheet(store.dir, 'accounts.xlsx', rows, '業務帳號'));
    expect(report).toMatchObject({ read: 5, added: 3, replaced: 0, unchanged: 0, rejected: 2 });
    const rejections = await api.call('imports:rejections', { id: report.id });
    expect(rejections.rows).toEqual([
      { sheet: '業務帳號', row: 5, column: '學校代碼', reason: expect.stringContaining('沒有學校代碼「888888」的學校') },
      { sheet: '業務帳號', row: 6, column: '類別', reason: expect.stringContaining('「校長」不是可用的選項') },
    ]);
    const again = await run('accounts', writeSheet(store.dir, 'accounts-again.xlsx', rows, '業務帳號'));
    expect(again).toMatchObject({ added: 0, replaced: 0, unchanged: 3, rejected: 2 });

    const list = await api.call('registry:accounts', { year: 113, filter: { kind: '總負責人' } });
    expect(list.rows).toEqual([
      expect.objectContaining({ schoolCode: '196001', account: 'wy-chief', name: '張主任', kind: '總負責人', phone: '0422223333', status: '啟用中' }),
    ]);
    const op = await api.call('registry:accounts', { year: 113, filter: { q: 'wy-op' } });
    expect(op.rows[0]).toMatchObject({ status: '啟用中', phone: null });
  });

  it('counts the schools without an enabled 總負責人 and shows the school detail with its accounts', async () => {
    const stats = await api.call('registry:accountStats', { year: 113 });
    expect(stats).toEqual({
      accounts: 3,
      byKind: [
        { kind: '總負責人', accounts: 1 },
        { kind: '連絡人', accounts: 1 },
        { kind: '作業人員', accounts: 1 },
      ],
      schools: 4,
      schoolsWithoutChief: 3,
    });
    const without = await api.call('registry:schools', { year: 113, withoutChief: true });
    expect(without.rows.map((s) => s.code).sort()).toEqual(['003001', '133001', '195001']);
    const withChief = await api.call('registry:school', { id: page0Id(await api.call('registry:schools', { year: 113, filter: { q: '196001' } })) });
    expect(withChief.activeChiefs).toBe(1);
    expect(withChief.accounts.map((a) => [a.kind, a.account])).toEqual([
      ['總負責人', 'wy-chief'],
      ['作業人員', 'wy-op'],
    ]);
    const noChief = await api.call('registry:school', { id: page0Id(await api.call('registry:schools', { year: 113, filter: { q: '195001' } })) });
    expect(noChief.activeChiefs).toBe(0);
  });
});

describe('contact persons import', () => {
  it('adds contacts of known authorities, updates a changed one, rejects an unknown authority', async () => {
    const header = ['主管機關', '承辦人姓名', '職稱', '電話', '傳真', 'Email', '單位主管姓名', '主管電話', '主管Email'];
    const first = await run(
      'contacts',
      writeSheet(store.dir, 'contacts.xlsx', [
        header,
        ['臺中市', '林承辦', '專員', '04-22289111', '04-22289112', 'lin@tc.gov.tw', '黃科長', '04-22289100', 'huang@tc.gov.tw'],
        ['教育部國民及學前教育署', '吳承辦', '科員', null, null, null, null, null, null],
        ['桃園縣', '錯誤', null, null, null, null, null, null, null],
      ]),
    );
    expect(first).toMatchObject({ read: 3, added: 2, rejected: 1 });
    const second = await run(
      'contacts',
      writeSheet(store.dir, 'contacts-2.xlsx', [
        header,
        ['臺中市', '林承辦', '專員', '04-22289111', '04-22289112', 'lin@tc.gov.tw', '黃科長', '04-22289100', 'huang@tc.gov.tw'],
        ['教育部國教署', '吳承辦', '專員', null, null, null, null, null, null],
      ]),
    );
    expect(second).toMatchObject({ read: 2, added: 0, replaced: 1, unchanged: 1, rejected: 0 });
    const list = await api.call('registry:contacts', { year: 113 });
    expect(list.rows.map((c) => [c.authority, c.name, c.title, c.headName])).toEqual([
      ['臺中市', '林承辦', '專員', '黃科長'],
      ['教育部國教署', '吳承辦', '專員', null],
    ]);
  });

  it('keeps the history of every import, newest first', async () => {
    const history = await api.call('imports:history', { year: 113, kind: 'contacts' });
    expect(history.total).toBe(2);
    expect(history.rows.map((r) => r.fileName)).toEqual(['contacts-2.xlsx', 'contacts.xlsx']);
  });
});

describe('the wizard\'s helpers', () => {
  it('lists the kinds with their columns and hands out blank templates', async () => {
    const kinds = await api.call('imports:kinds', {});
    expect(kinds.map((k) => k.kind).slice(0, 5)).toEqual(['authorities', 'schools', 'teachers', 'accounts', 'contacts']);
    expect(kinds.find((k) => k.kind === 'teachers')?.columns.slice(0, 2)).toEqual([
      { label: '身分證字號', aliases: [], required: true },
      { label: '姓名', aliases: ['教師姓名'], required: true },
    ]);
    const template = await api.call('imports:template', { kind: 'accounts' });
    expect(template.fileName).toBe('業務帳號-空白範本.xlsx');
    const book = XLSX.read(Buffer.from(template.base64, 'base64'));
    expect(XLSX.utils.sheet_to_json(book.Sheets['業務帳號']!, { header: 1 })[0]).toEqual(['學校代碼*', '帳號*', '姓名*', '類別*', '電話', 'Email', '狀態']);
  });

  it('offers the native open dialog only where there is one', async () => {
    expect(await api.call('imports:chooseFile', { kind: 'teachers' })).toEqual({ available: false, path: null });
    const asked: unknown[] = [];
    const ctx = {
      store,
      appVersion: 'test',
      progress: () => {},
      chooseFile: async (options: { title: string; extensions: readonly string[] }) => {
        asked.push(options);
        return '/home/officer/名冊.xlsx';
      },
    };
    expect(await dispatch('imports:chooseFile', { kind: 'teachers' }, ctx)).toEqual({ ok: true, data: { available: true, path: '/home/officer/名冊.xlsx' } });
    expect(asked).toEqual([{ title: '選擇要匯入的教師名單檔案', extensions: ['xlsx', 'xls', 'csv'] }]);
  });
});
