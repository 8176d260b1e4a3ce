import { expect, test } from '@playwright/test';

// Issue 2's browser test: open the app on a temp database with the small demo, switch the school
// year, search a teacher, and keep a screenshot to look at.

test('switch school year and find a teacher by name', async ({ page }) => {
  await page.goto('/');
  const year = page.getByRole('combobox', { name: '學年度' });
  await expect(year).toHaveValue('113 學年度');
  await expect(page.getByText('示範資料').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/overview-113.png', fullPage: true });

  const teachersOf = (y: number) =>
    page.evaluate(async (y) => {
      const r = (await window.api.invoke('overview:get', { year: y })) as { ok: boolean; data: { teachers: number } };
      return r.data.teachers;
    }, y);
  const [t113, t112] = [await teachersOf(113), await teachersOf(112)];
  expect(t113).not.toBe(t112);
  await expect(page.getByRole('link', { name: `教師 ${t113.toLocaleString('zh-TW')}，查看清單` })).toBeVisible();

  await year.click();
  await page.getByRole('option', { name: '112 學年度' }).click();
  await expect(year).toHaveValue('112 學年度');
  await expect(page.getByRole('link', { name: `教師 ${t112.toLocaleString('zh-TW')}，查看清單` })).toBeVisible();

  await page.getByRole('navigation', { name: '主選單' }).getByRole('link', { name: '教師', exact: true }).click();
  await expect(page.getByRole('heading', { name: '教師' })).toBeVisible();
  const target = await page.evaluate(async () => {
    const r = (await window.api.invoke('registry:teachers', { year: 112, page: { offset: 37, limit: 1 } })) as {
      data: { rows: { name: string; school: string; maskedId: string }[] };
    };
    return r.data.rows[0]!;
  });
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('textbox', { name: '搜尋' })).toBeFocused();
  await page.keyboard.type(target.name);
  const expected = await page.evaluate(async (q) => {
    const r = (await window.api.invoke('registry:teachers', { year: 112, filter: { q } })) as { data: { total: number } };
    return r.data.total;
  }, target.name);
  await expect(page.getByText(`共 ${expected.toLocaleString('zh-TW')} 筆`)).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: target.school }).filter({ hasText: target.name });
  await expect(row.first()).toBeVisible();
  await expect(row.first()).toContainText(target.maskedId);
  // Every row shown matches the search; no full national ID anywhere on the page.
  const table = page.getByRole('table', { name: '教師清單' });
  const bodyRows = table.locator('tbody tr');
  const count = await bodyRows.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) expect(await bodyRows.nth(i).innerText()).toContain(target.name);
  expect(await page.content()).not.toMatch(/[A-Z][12]\d{8}/);
  await page.screenshot({ path: 'test-results/screens/teachers-search.png', fullPage: true });
});
