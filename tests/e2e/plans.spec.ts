import { expect, test, type Page } from '@playwright/test';

// Issue 5's browser test: on the small demo year 113 (tests/e2e/host.ts), open a teacher plan of
// 臺中市 that was filed on time, see its domain-share pie chart, return it with a reason, and see
// 臺中市's teacher filing rate fall on the filing-progress page. Screenshots are kept to look at.

type Status = { authorities: { authority: string; teachers: { total: number; onTime: number }; teacherRate: number }[] };

async function taichung(page: Page) {
  const status = await page.evaluate(async () => {
    const r = (await window.api.invoke('plans:status', { year: 113, authority: '臺中市' })) as { ok: boolean; data: unknown };
    return r.data;
  });
  return (status as Status).authorities[0]!;
}

const percentText = (onTime: number, total: number) => `${((onTime / total) * 100).toFixed(1)}%（${onTime}／${total}）`;

test('open a teacher plan, see the pie chart, return it with a reason, and see the filing rate fall', async ({ page }) => {
  await page.goto('/#/plans/progress');
  await expect(page.getByRole('heading', { name: '填報進度' })).toBeVisible();
  const before = await taichung(page);
  expect(before.teachers.onTime).toBeGreaterThan(0);
  const row = page.getByRole('row', { name: '臺中市' });
  await expect(row).toContainText(percentText(before.teachers.onTime, before.teachers.total));
  await expect(row).toContainText('113/09/18 00:00 – 113/09/24 17:00');
  await page.screenshot({ path: 'test-results/screens/plans-progress-before.png', fullPage: true });

  await page.getByRole('navigation', { name: '主選單' }).getByRole('link', { name: '教師規劃', exact: true }).click();
  await expect(page.getByRole('heading', { name: '教師規劃' })).toBeVisible();
  await page.getByRole('combobox', { name: '主管機關' }).click();
  await page.getByRole('option', { name: '臺中市' }).click();
  await page.getByRole('radiogroup', { name: '填報狀態' }).getByText(/^期限內送出/).click();
  await expect(page.getByText(`共 ${before.teachers.onTime.toLocaleString('zh-TW')} 筆`)).toBeVisible();
  const table = page.getByRole('table', { name: '教師規劃清單' });
  const first = table.locator('tbody tr').first();
  const name = (await first.locator('td').first().innerText()).trim();
  await first.click();

  const drawer = page.getByRole('dialog', { name: new RegExp(name) });
  await expect(drawer.getByText('已於填報期間內送出')).toBeVisible();
  const pie = drawer.getByRole('img', { name: /研習主題規劃比例圖/ });
  await expect(pie).toBeVisible();
  await expect(pie.locator('canvas')).toHaveCount(1);
  await expect(drawer.getByRole('table', { name: '研習需求' })).toContainText('第一順位');
  await expect(drawer.getByRole('table', { name: '研習主題規劃時數' })).toContainText('合計');
  // The chart draws after a short animation.
  await pie.scrollIntoViewIfNeeded();
  await page.waitForTimeout(1200);
  await page.screenshot({ path: 'test-results/screens/plans-teacher-detail.png' });
  expect(await page.content()).not.toMatch(/[A-Z][12]\d{8}/);

  await drawer.getByRole('button', { name: '退回修改' }).click();
  const modal = page.getByRole('dialog', { name: '退回修改' });
  const confirm = modal.getByRole('button', { name: '確認退回' });
  await expect(confirm).toBeDisabled();
  await modal.getByRole('textbox', { name: '退回原因' }).fill('研習時數規劃與學校本位規劃差異過大，請修正後再送出');
  await expect(confirm).toBeEnabled();
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'test-results/screens/plans-return-confirm.png' });
  await confirm.click();
  await expect(modal).toBeHidden();
  await expect(drawer.getByText('已退回修改、尚未重新送出')).toBeVisible();
  await expect(drawer.getByRole('region', { name: '狀態紀錄' })).toContainText('原因：研習時數規劃與學校本位規劃差異過大，請修正後再送出');
  await expect(drawer.getByRole('button', { name: '退回修改' })).toBeDisabled();
  await page.screenshot({ path: 'test-results/screens/plans-teacher-returned.png' });
  await page.keyboard.press('Escape');

  await page.getByRole('navigation', { name: '主選單' }).getByRole('link', { name: '填報進度', exact: true }).click();
  const after = await taichung(page);
  expect(after.teachers.onTime).toBe(before.teachers.onTime - 1);
  expect(after.teacherRate).toBeLessThan(before.teacherRate);
  await expect(page.getByRole('row', { name: '臺中市' })).toContainText(percentText(after.teachers.onTime, after.teachers.total));
  await page.screenshot({ path: 'test-results/screens/plans-progress-after.png', fullPage: true });

  // The returned teacher is now on 臺中市's 催覆 list, with the school's contact person.
  await page.getByRole('navigation', { name: '主選單' }).getByRole('link', { name: '催覆名單', exact: true }).click();
  await page.getByRole('radiogroup', { name: '對象' }).getByText('教師').click();
  await page.getByRole('combobox', { name: '主管機關' }).click();
  await page.getByRole('option', { name: '臺中市' }).click();
  await page.getByRole('combobox', { name: '填報狀態' }).click();
  await page.getByRole('option', { name: '退回修改' }).click();
  const reminders = page.getByRole('table', { name: '催覆名單' });
  await expect(reminders.getByRole('row').filter({ hasText: name })).toContainText('退回修改');
  await expect(page.getByRole('button', { name: '匯出 Excel' })).toBeEnabled();
  await page.screenshot({ path: 'test-results/screens/plans-reminders.png', fullPage: true });
});

test('school plans list with its status counts', async ({ page }) => {
  await page.goto('/#/plans/schools');
  await expect(page.getByRole('heading', { name: '學校規劃' })).toBeVisible();
  const counts = await page.evaluate(async () => {
    const r = (await window.api.invoke('plans:schools', { year: 113 })) as { data: { counts: { total: number; onTime: number } } };
    return r.data.counts;
  });
  await expect(page.getByRole('radiogroup', { name: '填報狀態' })).toContainText(`全部 ${counts.total}`);
  await expect(page.getByRole('radiogroup', { name: '填報狀態' })).toContainText(`期限內送出 ${counts.onTime}`);
  await page.screenshot({ path: 'test-results/screens/plans-schools.png', fullPage: true });
});
