import { describe, expect, it } from 'vitest';
import type { KindSpec, SheetSpec } from '../../main/imports/columns.ts';
import { findHeader, matchHeader, normalizeHeader } from '../../main/imports/header.ts';
import { IMPORT_KINDS, KINDS } from '../../main/imports/kinds.ts';

const allSheets: Array<[string, SheetSpec]> = IMPORT_KINDS.flatMap((kind) =>
  (KINDS[kind] as KindSpec).sheets.map((sheet): [string, SheetSpec] => [`${kind}/${sheet.key}`, sheet]),
);

/** Every (sheet, column, accepted header) of every kind. */
const everyAlias = allSheets.flatMap(([where, sheet]) =>
  sheet.columns.flatMap((column) =>
    [column.label, ...(column.aliases ?? [])].map((name) => [where, column.key, name, sheet] as const),
  ),
);

describe('header matching', () => {
  it.each(everyAlias.map(([where, key, name, sheet]) => [where, key, name, sheet]))(
    '%s: %s accepts 「%s」',
    (_where, key, name, sheet) => {
      // The alias under test stands among the labels of every other column, in reverse order.
      const others = sheet.columns.filter((c) => c.key !== key).map((c) => c.label).reverse();
      const at = Math.min(3, others.length);
      const cells = [...others.slice(0, at), name, ...others.slice(at)];
      const match = matchHeader(cells, sheet);
      expect(match.missing).toEqual([]);
      expect(match.columns.find((c) => c.key === key)).toMatchObject({ header: name, index: at });
      expect(match.unknown).toEqual([]);
    },
  );

  it.each(allSheets)('%s: no header names two columns', (_where, sheet) => {
    const names = sheet.columns.flatMap((c) => [c.label, ...(c.aliases ?? [])].map(normalizeHeader));
    expect(new Set(names).size).toBe(names.length);
  });

  it('folds full-width characters, whitespace, case and the template * before matching', () => {
    expect(normalizeHeader('  學校 代碼 ')).toBe('學校代碼');
    expect(normalizeHeader('ＥＭＡＩＬ')).toBe('email');
    expect(normalizeHeader('校長Ｅｍａｉｌ')).toBe('校長email');
    expect(normalizeHeader('身分證字號*')).toBe('身分證字號');
    expect(normalizeHeader('實核時數／學分數')).toBe('實核時數/學分數');
    expect(normalizeHeader('進修方式１')).toBe('進修方式1');
    expect(normalizeHeader('姓\n名')).toBe('姓名');
  });

  it('lists unknown columns and keeps the preferred alias when a file has two', () => {
    const sheet = KINDS.hours.sheets[0];
    const match = matchHeader(['教師姓名', '課程代號', '研習時數', '實核時數', '研習日期', '備註', null, '', '姓名'], sheet);
    expect(match.missing).toEqual([]);
    const byKey = Object.fromEntries(match.columns.map((c) => [c.key, c.index]));
    // 實核時數 is the label: it wins over the alias 研習時數; 姓名 over 教師姓名.
    expect(byKey).toMatchObject({ name: 8, courseCode: 1, hours: 3, endedAt: 4 });
    expect(match.unknown).toEqual(['教師姓名', '研習時數', '備註']);
  });

  it('names the missing required columns', () => {
    const match = matchHeader(['姓名', '學校代碼', '職稱'], KINDS.teachers.sheets[0]);
    expect(match.missing.map((c) => c.label)).toEqual(['身分證字號']);
  });

  it('survey: every column other than the fixed ones is a question', () => {
    const match = matchHeader(['填答者類別', '學校代碼', '操作容易嗎？', '說明清楚嗎？'], KINDS.survey.sheets[0]);
    expect(match.missing).toEqual([]);
    expect(match.questions).toEqual([
      { header: '操作容易嗎？', index: 2 },
      { header: '說明清楚嗎？', index: 3 },
    ]);
    expect(match.unknown).toEqual([]);
  });

  it('skips title rows above the header; looks no further than 20 rows', () => {
    const sheet = KINDS.teachers.sheets[0];
    const header = ['身分證字號', '姓名', '學校代碼'];
    const rows = [
      { row: 1, cells: ['臺北市 113 學年度教師名單'] },
      { row: 2, cells: ['製表日期', '113/08/01'] },
      { row: 4, cells: header },
      { row: 5, cells: ['A123456789', '王', '193601'] },
    ];
    expect(findHeader(rows, sheet)).toMatchObject({ found: true, row: 4 });
    const late = Array.from({ length: 20 }, (_, i) => ({ row: i + 1, cells: ['標題'] }));
    expect(findHeader([...late, { row: 21, cells: header }], sheet).found).toBe(false);
    const closest = findHeader([{ row: 1, cells: ['姓名', '學校代碼'] }], sheet);
    expect(closest.found === false && closest.closest?.missing.map((c) => c.key)).toEqual(['nationalId']);
  });
});
