import { expect, test, type Locator, type Page } from '@playwright/test';

// Issue 7's browser test: run an award on the host's small demo year (plans and hours included),
// open the explanation of a teacher who narrowly missed (on time, above the national average, PR
// just under 70), run again with a lower threshold and compare the two runs; then the achievement
// screen with its chart saved as PNG.

const path = (name: string) => `test-results/screens/${name}.png`;
/** The whole page from the top (a scrolled page would draw the fixed header mid-way). */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path(name), fullPage: true });
}

/** The window with this element's top just under the fixed header. */
async function shotAt(page: Page, target: Locator, name: string): Promise<void> {
  await target.evaluate((el) => {
    el.scrollIntoView();
    window.scrollBy(0, -80);
  });
  await page.screenshot({ path: path(name) });
}

interface TeacherRow {
  seq: number;
  maskedId: string;
  name: string;
  pr: number;
  reasons: string[];
}

/** The API as the page has it (the loopback host's bridge), to pick the candidate the UI must show. */
async function invoke<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const envelope = await page.evaluate(([c, i]) => window.api.invoke(c as string, i), [channel, input] as const);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.data as T;
}

test('run an award, explain a teacher who narrowly missed, compare two runs', async ({ page }) => {
  await page.goto('/#/awards');
  await expect(page.getByRole('heading', { name: '獎勵名單' })).toBeVisible();
  await expect(page.getByText('這個學年度還沒有獎勵計算')).toBeVisible();
  await expect(page.getByRole('textbox', { name: '百分等級門檻（PR）' })).toHaveValue('70');
  await shot(page, 'awards-empty');

  await page.getByRole('button', { name: '計算獎勵名單' }).click();
  await expect(page.getByRole('heading', { name: /^第 1 次（.+）的結果$/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('table', { name: '計算紀錄' }).locator('tbody tr')).toHaveCount(1);
  const runs = await invoke<{ id: number; counts: { teachers: number } }[]>(page, 'awards:list', { year: 113 });
  expect(runs[0]!.counts.teachers).toBeGreaterThan(100);
  await expect(page.getByRole('tab', { name: `教師（${runs[0]!.counts.teachers.toLocaleString('zh-TW')}）` })).toBeVisible();
  await shotAt(page, page.getByRole('heading', { name: /^第 1 次（.+）的結果$/ }), 'awards-run');

  // The teacher who narrowly missed: reasons exactly [prBelowThreshold], highest PR.
  const page1 = await invoke<{ rows: TeacherRow[] }>(page, 'awards:teachers', {
    id: runs[0]!.id, filter: { reason: 'prBelowThreshold', awarded: false }, sort: { by: 'pr', dir: 'desc' }, page: { offset: 0, limit: 200 },
  });
  const missed = page1.rows.find((r) => r.reasons.length === 1)!;
  expect(missed.pr).toBeGreaterThan(65);
  expect(missed.pr).toBeLessThan(70);

  await page.getByRole('searchbox', { name: '搜尋' }).or(page.getByRole('textbox', { name: '搜尋' })).first().fill(missed.maskedId);
  const table = page.getByRole('table', { name: '教師結果' });
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table).toContainText('PR 未達門檻');
  await table.locator('tbody tr').first().click();
  const drawer = page.getByRole('dialog', { name: `獲獎判定說明：${missed.name}（${missed.maskedId}）` });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('list', { name: '判定過程' })).toContainText('結果：未獲獎（百分等級未達門檻（非同縣市同階段前 30%））');
  await expect(drawer).toContainText('已於填報期間內送出');
  await expect(drawer).toContainText('cf_L');
  await expect(drawer).toContainText('f_x');
  await expect(drawer).toContainText(/PR = \[\d+ \+ \(\(.+\) \/ 1\) × \d+\] × 100 \/ \d+ = 69\.\d+/);
  await expect(drawer).toContainText('依全部名單教師計算');
  expect(await drawer.innerText()).not.toMatch(/[A-Z][12]\d{8}/);
  await page.waitForTimeout(400); // the drawer's slide-in, for a readable screenshot only
  await page.screenshot({ path: path('awards-explain') });
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // Run again with PR ≥ 60: the teacher who missed enters; compare with the first run.
  await page.getByRole('textbox', { name: '百分等級門檻（PR）' }).fill('60');
  await page.getByRole('button', { name: '計算獎勵名單' }).click();
  await expect(page.getByRole('heading', { name: /^第 2 次（.+）的結果$/ })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('combobox', { name: '與另一次計算比較' }).click();
  await page.getByRole('option', { name: /^第 1 次/ }).click();
  const compare = page.getByRole('heading', { name: '比較第 1 次與第 2 次計算' });
  await expect(compare).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel('參數差異')).toContainText('PR 門檻 70 → 60');
  await expect(page.getByRole('tab', { name: /^進入獲獎名單（[1-9]\d*）$/ })).toBeVisible();
  const changes = page.getByRole('table', { name: '比較結果' });
  await page.getByRole('radio', { name: '教師' }).first().check({ force: true });
  await expect(changes).toContainText(`${missed.name}（${missed.maskedId}）`);
  await expect(changes).toContainText('不再PR 未達門檻');
  await page.getByRole('tab', { name: /^離開獲獎名單/ }).click();
  await expect(page.getByText('這兩次計算在這一類沒有差異。')).toBeVisible();
  await page.getByRole('tab', { name: /^進入獲獎名單/ }).click();
  await shotAt(page, compare, 'awards-compare');

  // The same JSON again, byte for byte, from the header's export.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '匯出這次計算（JSON）' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^獎勵計算-113學年度-第2次\.json$/);
});

test('achievement rates by authority, stage and domain, and one school’s chart saved as PNG', async ({ page }) => {
  await page.goto('/#/awards/achievement');
  await expect(page.getByRole('heading', { name: '規劃達成率' })).toBeVisible();
  const byAuthority = page.getByRole('table', { name: '主管機關' });
  await expect(byAuthority).toContainText('全國');
  await expect(byAuthority).toContainText('臺中市');
  await page.getByRole('tab', { name: '依學制' }).click();
  await expect(page.getByRole('table', { name: '學制' })).toContainText('國小');
  await page.getByRole('tab', { name: '依面向' }).click();
  await expect(page.getByRole('table', { name: '依面向' })).toContainText('課程、教學及評量');
  await expect(page.getByTestId('domain-bars')).toBeVisible();

  await page.getByRole('combobox', { name: '選擇學校' }).click();
  await page.getByRole('option').first().click();
  await expect(page.getByText(/^達成率 \d+\.\d%/)).toBeVisible();
  await expect(page.getByTestId('domain-bars')).toHaveCount(2);
  await page.waitForTimeout(300); // the chart's first paint, for a readable screenshot only
  await shot(page, 'achievement');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '另存圖片（PNG）' }).last().click()]);
  expect(download.suggestedFilename()).toMatch(/^規劃達成率-113學年度-\d{6}\.png$/);
});
