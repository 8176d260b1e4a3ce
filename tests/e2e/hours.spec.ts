import { expect, test } from '@playwright/test';

// Issue 6's browser test: the small demo year comes with hour records and a few rows in 待確認. An
// ambiguous row (a name two teachers of the authority share) is resolved by picking one of them; the
// page says whose total changed, and the records browser shows that teacher's new total.
// Screenshots are kept to look at.

const SHOTS = 'test-results/screens';

test('resolving an ambiguous hour row changes the chosen teacher’s total', async ({ page }) => {
  await page.goto('/#/hours/pending');
  await expect(page.getByRole('heading', { name: '待確認' })).toBeVisible();
  const table = page.getByRole('table', { name: '待確認的研習時數列' });
  await expect(table).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/hours-pending.png`, fullPage: true });

  await page.getByRole('radiogroup', { name: '原因' }).getByText(/^同名教師/).click();
  const row = table.getByRole('row').filter({ hasText: '同名教師' }).first();
  const hoursText = (await row.getByRole('cell').nth(5).textContent()) ?? '';
  const rowHours = Number(hoursText.replace(/,/g, ''));
  const name = ((await row.getByRole('cell').nth(1).textContent()) ?? '').trim();
  await row.click();

  const drawer = page.getByRole('dialog', { name: `待確認：${name}` });
  await expect(drawer).toBeVisible();
  const candidates = drawer.getByRole('table', { name: '候選教師' });
  await expect(candidates.getByRole('row')).toHaveCount(3); // header + two teachers of that name
  // Masked IDs only.
  await expect(candidates).toContainText(/[A-Z][0-9]{2}\*{4}[0-9]{3}/);
  await page.waitForTimeout(300); // let the drawer finish sliding in
  await page.screenshot({ path: `${SHOTS}/hours-resolve-drawer.png` });

  const chosen = candidates.getByRole('row').nth(2);
  const before = Number(((await chosen.getByRole('cell').nth(4).textContent()) ?? '').replace(/,/g, ''));
  const school = ((await chosen.getByRole('cell').nth(2).textContent()) ?? '').trim().split(' ').slice(1).join(' ');
  await chosen.getByRole('button', { name: /^選擇/ }).click();

  const after = Math.round((before + rowHours) * 100) / 100;
  const status = page.getByRole('status').filter({ hasText: '已歸入' });
  await expect(status).toContainText(`已歸入 ${name}（${school}）：1 筆紀錄，總時數 ${before.toLocaleString('zh-TW')} → ${after.toLocaleString('zh-TW')} 小時。`);
  await expect(drawer).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/hours-resolved.png`, fullPage: true });

  // The records browser: that teacher, found by name, carries the new total.
  await page.goto('/#/hours/records?level=teachers');
  await expect(page.getByRole('heading', { name: '時數紀錄' })).toBeVisible();
  await page.getByRole('textbox', { name: '搜尋教師' }).fill(name);
  const teachers = page.getByRole('table', { name: '教師研習時數' });
  const teacherRow = teachers.getByRole('row').filter({ hasText: school });
  await expect(teacherRow).toHaveCount(1);
  await expect(teacherRow.getByRole('cell').last()).toHaveText(after.toLocaleString('zh-TW'));
  await teacherRow.click();
  const detail = page.getByRole('dialog', { name: `${name}的研習時數` });
  await expect(detail.getByTestId('teacher-total-hours')).toContainText(`${after.toLocaleString('zh-TW')} 小時`);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}/hours-teacher-drawer.png` });
});

test('the records browser by authority and school, and the course list', async ({ page }) => {
  await page.goto('/#/hours/records');
  const authorities = page.getByRole('table', { name: '各主管機關研習時數' });
  await expect(authorities.getByRole('row')).toHaveCount(4); // header + 3 demo authorities
  await page.screenshot({ path: `${SHOTS}/hours-records-authorities.png`, fullPage: true });
  await authorities.getByRole('row').filter({ hasText: '臺中市' }).click();
  const schools = page.getByRole('table', { name: '各校研習時數' });
  await expect(schools).toBeVisible();
  await expect(page.getByRole('navigation', { name: '所在層級' })).toContainText('臺中市');
  await page.screenshot({ path: `${SHOTS}/hours-records-schools.png`, fullPage: true });
  await schools.getByRole('row').nth(1).click();
  await expect(page.getByRole('table', { name: '教師研習時數' }).getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByText('讀取中…')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/hours-records-teachers.png`, fullPage: true });

  await page.goto('/#/hours/courses');
  const courses = page.getByRole('table', { name: '研習課程清單' });
  await expect(courses).toBeVisible();
  // Both demo years' lists (courses belong to no year), codes in order.
  await expect(courses.getByRole('row').nth(1)).toContainText(/^11200001.+課程清單$/);
  await page.screenshot({ path: `${SHOTS}/hours-courses.png`, fullPage: true });
});
