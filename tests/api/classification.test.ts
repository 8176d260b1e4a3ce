import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemo } from '../../db/demo/index.ts';
import { dispatch } from '../../main/api/dispatch.ts';
import { checkTaxonomy, compareCodes } from '../../main/engine/taxonomyRules.ts';
import { DEFAULT_TAXONOMY, DEFAULT_TAXONOMY_LABEL } from '../../main/engine/taxonomyDefault.ts';
import type { Output } from '../../preload/contract.ts';
import { tempStore, testContext } from '../helpers/store.ts';

const store = tempStore();
const ctx = testContext(store);
beforeAll(() => {
  createDemo(store.sqlite, { scale: 'small', year: 113, seed: 1 });
  createDemo(store.sqlite, { scale: 'small', year: 112, seed: 2 });
});
afterAll(() => store.cleanup());

function workbook(name: string, rows: (string | number)[][], sheet = '課程分類'): string {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), sheet);
  const path = join(store.dir, name);
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return path;
}

async function tree(year: number, versionId?: number): Promise<Output<'classification:tree'>> {
  const r = await dispatch('classification:tree', { year, ...(versionId ? { versionId } : {}) }, ctx, { checkOutput: true });
  if (!r.ok) throw new Error(r.error.message);
  return r.data as Output<'classification:tree'>;
}

const versionCount = (): number => (store.sqlite.prepare('SELECT COUNT(*) AS n FROM classification_versions').get() as { n: number }).n;

describe('classification rules (pure)', () => {
  it('orders codes numerically per level', () => {
    expect(['2', '1-10', '1-2', '1-1-99', '1', '1-1', '1-1-2'].sort(compareCodes)).toEqual(['1', '1-1', '1-1-2', '1-1-99', '1-2', '1-10', '2']);
  });

  it('finds malformed codes, missing parents and duplicates, in row order', () => {
    expect(checkTaxonomy(DEFAULT_TAXONOMY.map((t, i) => ({ row: i + 2, code: t.code, name: t.name })))).toEqual([]);
    const problems = checkTaxonomy([
      { row: 2, code: '1', name: '課程' },
      { row: 3, code: '1-01', name: '零開頭' },
      { row: 4, code: '1-2-3-4', name: '四層' },
      { row: 5, code: '4-1-1', name: '沒有上層' },
      { row: 6, code: '1', name: '重複' },
    ]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[3, 'code'], [4, 'code'], [5, 'code'], [6, 'code']]);
    expect(problems[2]!.reason).toBe('代碼「4-1-1」的上層「4-1」不在清單中');
    expect(problems[3]!.reason).toBe('代碼「1」重複（第 2 列已有）');
  });
});

describe('classification of a year', () => {
  it('shows the built-in classification of a demo year as a tree in code order', async () => {
    const t = await tree(113);
    expect(t.version).toMatchObject({ label: DEFAULT_TAXONOMY_LABEL, source: '內建', items: DEFAULT_TAXONOMY.length, years: [113] });
    expect(t.items.slice(0, 3)).toEqual([
      { code: '1', name: '課程、教學及評量', parentCode: null, depth: 1 },
      { code: '1-1', name: '學生身心發展與學習理論', parentCode: '1', depth: 2 },
      { code: '1-1-1', name: '學生身心發展', parentCode: '1-1', depth: 3 },
    ]);
  });

  it('refuses a list with a malformed code, a missing parent and a duplicate — rows named, nothing changed', async () => {
    const before = versionCount();
    const yearVersion = (await tree(113)).yearVersionId;
    const path = workbook('bad.xlsx', [
      ['中小學教師進修課程項目分類（104 學年度起）'],
      ['課程類別代碼', '名稱'],
      ['1', '課程、教學及評量'],
      ['1-x', '格式錯誤'],
      ['3-1', '教學研究'],
      ['1', '重複的領域'],
    ]);
    const r = await dispatch('classification:import', { year: 113, path }, ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('FILE_REFUSED');
    expect(r.error.message).toContain('課程分類清單有 3 個問題，沒有匯入，資料沒有任何變更');
    expect(r.error.message).toContain('「課程分類」第 4 列「課程類別代碼」：代碼「1-x」格式不正確');
    expect(r.error.message).toContain('「課程分類」第 5 列「課程類別代碼」：代碼「3-1」的上層「3」不在清單中');
    expect(r.error.message).toContain('「課程分類」第 6 列「課程類別代碼」：代碼「1」重複（第 3 列已有）');
    expect(versionCount()).toBe(before);
    expect((await tree(113)).yearVersionId).toBe(yearVersion);
  });

  it('refuses a file without the columns, and a file that is not a spreadsheet', async () => {
    const path = workbook('nocols.xlsx', [['編號', '說明'], ['1', 'x']]);
    expect(await dispatch('classification:import', { year: 113, path }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'FILE_REFUSED', message: expect.stringContaining('需要「代碼」（或「課程類別代碼」）與「名稱」兩欄') },
    });
    const pdf = join(store.dir, 'x.pdf');
    writeFileSync(pdf, '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<<>>\nendobj\n');
    expect(await dispatch('classification:import', { year: 113, path: pdf }, ctx)).toMatchObject({ ok: false, error: { code: 'FILE_REFUSED' } });
  });

  it('imports a sound list as a new version of that year only, keeping the old one; the same file again changes nothing', async () => {
    const old = (await tree(113)).yearVersionId!;
    const other = (await tree(112)).yearVersionId;
    const path = workbook('official.xlsx', [
      ['代碼', '名稱'],
      [1, '課程、教學及評量'],
      ['1-1', '學生身心發展與學習理論'],
      ['1-1-1', '學生身心發展'],
      [2, '班級經營與輔導'],
      ['2-1', '班級經營'],
    ]);
    const r = await dispatch('classification:import', { year: 113, path }, ctx, { checkOutput: true });
    expect(r).toMatchObject({ ok: true, data: { year: 113, items: 5, previousVersionId: old, unchanged: false } });
    const t = await tree(113);
    expect(t.yearVersionId).not.toBe(old);
    expect(t.items.map((i) => i.code)).toEqual(['1', '1-1', '1-1-1', '2', '2-1']);
    expect(t.versions.find((v) => v.id === old)).toMatchObject({ items: DEFAULT_TAXONOMY.length, years: [] });
    expect((await tree(113, old)).items).toHaveLength(DEFAULT_TAXONOMY.length);
    expect((await tree(112)).yearVersionId).toBe(other);

    const before = versionCount();
    const again = await dispatch('classification:import', { year: 113, path }, ctx);
    expect(again).toMatchObject({ ok: true, data: { unchanged: true } });
    expect(versionCount()).toBe(before);
  });
});
