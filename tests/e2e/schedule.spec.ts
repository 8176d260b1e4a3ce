import { expect, test, type Locator, type Page } from '@playwright/test';

// Issue 3's browser test: the 113 schedule of the demo year, a wave whose end is moved before its
// start (the engine's Chinese message appears, saving is refused), then fixed (the message goes,
// the bar of the wave on the time axis grows), then saved. Screenshots are kept to look at.

const SHOTS = 'test-results/screens';

async function pickDay(page: Page, field: Locator, day: string, shot?: string) {
  await field.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (shot) {
    await page.waitForTimeout(400); // let the dropdown finish fading in
    await page.screenshot({ path: `${SHOTS}/${shot}` });
  }
  await dialog.getByRole('button', { name: day, exact: true }).click();
  await dialog.getByRole('button', { name: '確定' }).click();
  await expect(dialog).toBeHidden();
}

test('a wave ending before it starts is refused in Chinese; fixed, the timeline moves and it saves', async ({ page }) => {
  await page.goto('/#/schedule');
  const timeline = page.getByTestId('schedule-timeline');
  await expect(timeline).toBeVisible();
  await expect(page.getByRole('heading', { name: '年度時程' })).toBeVisible();
  await expect(page.getByText('來源：內建資料（113 學年度實施計畫與公告）')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/schedule-113.png`, fullPage: true });
  const chart = page.getByRole('region', { name: '時間軸' });
  await chart.screenshot({ path: `${SHOTS}/schedule-timeline-year.png` });
  await chart.locator('label', { hasText: '填報期間' }).click();
  await expect(page.getByRole('radio', { name: '填報期間' })).toBeChecked();
  await chart.screenshot({ path: `${SHOTS}/schedule-timeline-before.png` });

  const bar = timeline.locator('[data-path="teacherWaves[2]"]');
  const endBefore = Number(await bar.getAttribute('data-end'));
  const widthBefore = Number(await bar.locator('rect').getAttribute('width'));

  const wave = page.getByRole('region', { name: '教師填寫第 3 波段' });
  const end = wave.getByRole('button', { name: '結束時間' });
  await expect(end).toHaveText('113/09/16 17:00');
  await pickDay(page, end, '113年9月10日', 'schedule-picker.png');
  await expect(end).toHaveText('113/09/10 17:00');

  const message = '教師填寫第 3 波段的結束時間 113/09/10 17:00 沒有晚於開始時間 113/09/11 00:00';
  await expect(wave.getByText(message)).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: '時程有 1 項問題，修正後才能儲存' })).toContainText(message);
  await expect(page.getByRole('button', { name: '儲存' })).toBeDisabled();
  await expect(bar).toHaveAttribute('data-backwards', 'true');
  await wave.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/schedule-invalid.png` });

  await pickDay(page, end, '113年9月20日');
  await expect(end).toHaveText('113/09/20 17:00');
  await expect(page.getByText(message)).toHaveCount(0);
  await expect(bar).not.toHaveAttribute('data-backwards', 'true');
  const endAfter = Number(await bar.getAttribute('data-end'));
  expect(endAfter - endBefore).toBe(4 * 86_400_000);
  expect(Number(await bar.locator('rect').getAttribute('width'))).toBeGreaterThan(widthBefore);
  await chart.scrollIntoViewIfNeeded();
  await chart.screenshot({ path: `${SHOTS}/schedule-timeline-after.png` });

  await page.getByRole('button', { name: '儲存' }).click();
  await expect(page.getByText('已儲存', { exact: true })).toBeVisible();
  const stored = await page.evaluate(async () => {
    const r = (await window.api.invoke('schedule:get', { year: 113 })) as { data: { schedule: { teacherWaves: { end: string }[] } } };
    return r.data.schedule.teacherWaves[2]!.end;
  });
  expect(stored).toBe('2024-09-20T17:00:00+08:00');

  // Roll-over asks first and says what it will do; cancelled here so the other tests keep 113 as the newest year.
  await page.getByRole('button', { name: '延續到 114 學年度' }).click();
  const confirm = page.getByRole('dialog', { name: '建立 114 學年度時程草稿' });
  await expect(confirm).toContainText('所有日期各加一年');
  await confirm.screenshot({ path: `${SHOTS}/schedule-rollover-confirm.png` });
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(confirm).toBeHidden();
});

test('the classification tree with codes and its version', async ({ page }) => {
  await page.goto('/#/settings/classification');
  await expect(page.getByRole('heading', { name: '課程分類' })).toBeVisible();
  const tree = page.getByRole('tree', { name: '課程分類' });
  await expect(tree).toContainText('課程、教學及評量');
  await expect(tree).toContainText('3-2教師專業發展評鑑');
  await expect(tree).not.toContainText('3-2-5');
  await page.getByRole('button', { name: '全部展開' }).click();
  await expect(tree).toContainText('3-2-5教學輔導理論與實務');
  await page.getByRole('textbox', { name: '搜尋代碼或名稱' }).fill('教學輔導');
  await expect(tree).toContainText('教學輔導理論與實務');
  await expect(tree).not.toContainText('班級經營與輔導');
  await page.getByRole('textbox', { name: '搜尋代碼或名稱' }).fill('');
  await page.screenshot({ path: `${SHOTS}/classification-113.png`, fullPage: true });
});

test('the overview shows what is open, what closes soon and what opens next; the timeline marks today', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2024-09-12T12:00:00+08:00'));
  await page.goto('/');
  const panel = page.getByRole('region', { name: '填報期間' });
  await expect(panel).toContainText('113/09/12 12:00 時：服務系統開放中');
  const open = panel.getByTestId('open-window');
  await expect(open).toHaveCount(2);
  await expect(open.first()).toContainText('教師填寫第 2 波段');
  await expect(open.first()).toContainText('即將截止，剩 5 小時');
  await expect(open.nth(1)).toContainText('教師填寫第 3 波段');
  await expect(open.nth(1)).toContainText('開放中');
  await expect(panel).toContainText('113/09/18 00:00 起　教師填寫第 4 波段');
  await panel.screenshot({ path: `${SHOTS}/overview-open-now.png` });

  await panel.getByRole('link', { name: '前往年度時程' }).click();
  const chart = page.getByRole('region', { name: '時間軸' });
  await expect(chart.getByTestId('timeline-today')).toBeVisible();
  await expect(chart).toContainText('紅色虛線：今天（113/09/12）');
  await chart.screenshot({ path: `${SHOTS}/schedule-timeline-today.png` });
});
