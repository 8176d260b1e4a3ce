import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemo } from '../../db/demo/index.ts';
import { dispatch } from '../../main/api/dispatch.ts';
import { handlers } from '../../main/api/index.ts';
import { contract } from '../../preload/contract.ts';
import { tempStore, testContext } from '../helpers/store.ts';

const store = tempStore();
const ctx = testContext(store);
beforeAll(() => {
  createDemo(store.sqlite, { scale: 'small', seed: 7 });
});
afterAll(() => store.cleanup());

describe('the API door', () => {
  it('has exactly one handler per contract channel', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('refuses an unknown channel', async () => {
    expect(await dispatch('db:dropEverything', {}, ctx)).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: '沒有「db:dropEverything」這項功能。' },
    });
    expect(await dispatch(42, {}, ctx)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await dispatch('__proto__', {}, ctx)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('refuses bad input with a Chinese message naming the field', async () => {
    const r = await dispatch('registry:teachers', { year: '113' }, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('BAD_INPUT');
      expect(r.error.message).toContain('學年度');
      expect(r.error.message).toContain('year');
    }
    const r2 = await dispatch('registry:teachers', { year: 113, page: { offset: 0, limit: 100000 } }, ctx);
    expect(r2).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    if (!r2.ok) expect(r2.error.message).toMatch(/每頁筆數.*不可大於 500/);
  });

  it('lets no stack trace or internal detail cross the bridge', async () => {
    const broken = { ...ctx, store: { ...store, db: null as never } };
    const r = await dispatch('registry:teachers', { year: 113 }, broken, { onInternalError: () => {} });
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(r)).not.toMatch(/at |\.ts|TypeError|null/);
  });

  it('answers with data that keeps the contract', async () => {
    const r = await dispatch('app:info', {}, ctx, { checkOutput: true });
    expect(r.ok).toBe(true);
    if (r.ok) expect((r.data as { tables: Record<string, number> }).tables.teachers).toBeGreaterThan(500);
  });
});

describe('registry lists', () => {
  it('pages, filters and sorts teachers in SQL, with national IDs masked', async () => {
    const page = await dispatch('registry:teachers', { year: 113, page: { offset: 0, limit: 20 } }, ctx, { checkOutput: true });
    if (!page.ok) throw new Error(page.error.message);
    const data = page.data as { total: number; rows: { name: string; maskedId: string; authority: string; stage: string }[] };
    expect(data.rows).toHaveLength(20);
    expect(data.total).toBeGreaterThan(500);
    for (const row of data.rows) expect(row.maskedId).toMatch(/^[A-Z][0-9]{2}\*{4}[0-9]{3}$/);
    const names = data.rows.map((r) => r.name);
    expect([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(names);

    const surname = '陳';
    const filtered = await dispatch('registry:teachers', { year: 113, filter: { q: surname, authority: '屏東縣', stage: '國小' } }, ctx);
    if (!filtered.ok) throw new Error(filtered.error.message);
    const f = filtered.data as typeof data;
    expect(f.total).toBeGreaterThan(0);
    expect(f.total).toBeLessThan(data.total);
    for (const row of f.rows) expect(row).toMatchObject({ authority: '屏東縣', stage: '國小' });
    for (const row of f.rows) expect(row.name).toContain(surname);
  });

  it('finds a teacher by full national ID without ever returning it', async () => {
    const { national_id, name } = store.sqlite.prepare('SELECT national_id, name FROM teachers LIMIT 1 OFFSET 17').get() as { national_id: string; name: string };
    const r = await dispatch('registry:teachers', { year: 113, filter: { q: national_id.toLowerCase() } }, ctx);
    if (!r.ok) throw new Error(r.error.message);
    expect(JSON.stringify(r.data)).not.toContain(national_id);
    expect((r.data as { rows: { name: string }[] }).rows.map((x) => x.name)).toContain(name);
  });

  it('treats % and _ in a search literally', async () => {
    const r = await dispatch('registry:schools', { year: 113, filter: { q: '%' } }, ctx);
    expect(r).toMatchObject({ ok: true, data: { total: 0 } });
  });

  it('lists schools with teacher counts, sortable by any column', async () => {
    const r = await dispatch('registry:schools', { year: 113, sort: { by: 'teachers', dir: 'desc' }, page: { offset: 0, limit: 50 } }, ctx, { checkOutput: true });
    if (!r.ok) throw new Error(r.error.message);
    const rows = (r.data as { rows: { teachers: number }[]; total: number }).rows;
    expect((r.data as { total: number }).total).toBe(30);
    const counts = rows.map((x) => x.teachers);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(counts.reduce((s, n) => s + n, 0)).toBe((store.sqlite.prepare('SELECT COUNT(*) n FROM teachers').get() as { n: number }).n);
  });

  it('gives the overview of a year and refuses a year that does not exist', async () => {
    const r = await dispatch('overview:get', { year: 113 }, ctx, { checkOutput: true });
    expect(r).toMatchObject({ ok: true, data: { year: 113, isDemo: true, authorities: 3, schools: 30 } });
    expect(await dispatch('overview:get', { year: 99 }, ctx)).toMatchObject({ ok: false, error: { code: 'NO_YEAR', message: '資料庫裡沒有 99 學年度。' } });
  });

  it('will not lay demo data over an existing year', async () => {
    expect(await dispatch('demo:create', { scale: 'small', year: 113 }, ctx)).toMatchObject({ ok: false, error: { code: 'YEAR_EXISTS' } });
  });
});

describe('validation messages for bounds', () => {
  it('says "must be greater than" for an exclusive bound and "not below" for an inclusive one', async () => {
    const { z } = await import('zod');
    const { zodMessage } = await import('../../main/api/zodMessage.ts');
    const exclusive = z.object({ limit: z.number().positive() }).safeParse({ limit: 0 });
    const inclusive = z.object({ limit: z.number().min(1) }).safeParse({ limit: 0 });
    const text = z.object({ q: z.string().min(2) }).safeParse({ q: 'a' });
    if (exclusive.success || inclusive.success || text.success) throw new Error('expected failures');
    expect(zodMessage(exclusive.error)).toContain('必須大於 0');
    expect(zodMessage(inclusive.error)).toContain('不可小於 1');
    expect(zodMessage(text.error)).toContain('至少要 2 個字');
  });
});
