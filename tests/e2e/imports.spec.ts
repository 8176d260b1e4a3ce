import * as XLSX from '@e965/xlsx';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Issue 4's browser test: the import wizard on a demo file with some bad rows, its report and
// download, the history, and the registry screens it feeds. The host's database holds the small
// demo of seed 113, so the demo files of that seed describe the same year. There is no native file
// dialog in the browser host: the test types the file's path, as an officer may paste one.

const dir = mkdtempSync(join(tmpdir(), 'inservice-e2e-files-'));
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));
test.beforeAll(() => {
  execFileSync(process.execPath, ['main/cli.ts', 'demo', 'files', '--out', dir, '--seed', '113'], { stdio: 'ignore' });
});

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });

test('import a roster with bad rows: preview, progress, report, download, history', async ({ page }) => {
  await page.goto('/#/imports');
  await expect(page.getByRole('heading', { name: '匯入資料' })).toBeVisible();

  // A file that is not a spreadsheet: one clear message, nothing changes.
  const fake = join(dir, '名冊.xlsx');
  writeFileSync(fake, '%PDF-1.7\n%%EOF\n');
  await page.getByText('教師名單', { exact: true }).click();
  await page.getByRole('textbox', { name: '檔案路徑' }).fill(fake);
  await page.getByRole('button', { name: '預覽', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('檔案無法匯入，資料沒有任何變更');
  await shot(page, 'import-refused');

  await page.getByRole('textbox', { name: '檔案路徑' }).fill(join(dir, '教師名單-新學年異動範例.xlsx'));
  await page.getByRole('button', { name: '預覽', exact: true }).click();
  await expect(page.getByText('工作表「教師名單」，標題在第 2 列')).toBeVisible();
  await expect(page.getByText('不認得的欄位會略過')).toBeVisible();
  const previewTable = page.getByRole('table', { name: '資料預覽' });
  await expect(previewTable.locator('tbody tr')).toHaveCount(10);
  await expect(previewTable).toContainText('身分證字號檢查碼錯誤');
  expect(await previewTable.innerText()).not.toMatch(/[A-Z][12]\d{8}/);
  await shot(page, 'import-preview');

  await page.getByRole('button', { name: '開始匯入到 113 學年度' }).click();
  await expect(page.getByText('匯入完成')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('listitem', { name: '未匯入 5' })).toBeVisible();
  const rejected = page.getByRole('table', { name: '未匯入資料列' });
  await expect(rejected.locator('tbody tr')).toHaveCount(5);
  await expect(rejected).toContainText('身分證字號檢查碼錯誤');
  await expect(rejected).toContainText('113 學年度沒有學校代碼「999999」的學校');
  await expect(rejected).toContainText('姓名不可空白');
  await expect(rejected).toContainText('「請假」不是可用的選項');
  await expect(rejected).toContainText('身分證字號重複');
  await shot(page, 'import-report');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下載報告' }).click()]);
  expect(download.suggestedFilename()).toBe('匯入報告-教師名單-教師名單-新學年異動範例.xlsx');
  const saved = join(dir, 'report.xlsx');
  await download.saveAs(saved);
  const book = XLSX.read(readFileSync(saved));
  expect(book.SheetNames).toEqual(['匯入結果', '未匯入資料列', '未出現在新名冊']);
  expect(XLSX.utils.sheet_to_json(book.Sheets['未匯入資料列']!, { header: 1 })).toHaveLength(6);

  // The teachers left out are listed, unchanged; the officer marks one as left after confirming.
  await page.getByRole('tab', { name: /未出現在新名冊/ }).click();
  const missing = page.getByRole('table', { name: '未出現在新名冊的教師' });
  await expect(missing.locator('tbody tr').first()).toBeVisible();
  const firstName = (await missing.locator('tbody tr').first().locator('td').nth(1).innerText()).trim();
  await missing.getByRole('checkbox', { name: `選取 ${firstName}` }).first().check();
  await page.getByRole('button', { name: '標記選取的 1 位' }).click();
  await expect(page.getByRole('dialog', { name: '確認標記在職狀態' })).toBeVisible();
  await page.waitForTimeout(400); // the modal's fade-in, for a readable screenshot only
  await shot(page, 'import-confirm-left');
  await page.getByRole('button', { name: '確認標記為「離職」' }).click();
  await expect(page.getByRole('status')).toContainText('已將 1 位教師標記為「離職」');

  await page.getByRole('link', { name: '匯入紀錄' }).first().click();
  await expect(page.getByRole('heading', { name: '匯入紀錄' })).toBeVisible();
  const history = page.getByRole('table', { name: '匯入紀錄' });
  // A file refused at the preview was never imported: the history holds the one import that ran.
  await expect(history.locator('tbody tr')).toHaveCount(1);
  await expect(history.locator('tbody tr').first()).toContainText('教師名單-新學年異動範例.xlsx');
  await expect(history.locator('tbody tr').first()).toContainText('已匯入');
  await history.locator('tbody tr').first().click();
  await expect(page.getByRole('dialog', { name: '匯入報告' })).toContainText('已確認 1');
  await shot(page, 'import-history');
});

test('a long import shows its progress and can be cancelled, changing nothing', async ({ page }) => {
  await page.goto('/#/imports');
  const schools = await page.evaluate(async () => {
    const r = (await window.api.invoke('registry:schools', { year: 113, page: { offset: 0, limit: 500 } })) as { data: { rows: { code: string }[] } };
    return r.data.rows.map((s) => s.code);
  });
  const before = await page.evaluate(async () => ((await window.api.invoke('overview:get', { year: 113 })) as { data: { teachers: number } }).data.teachers);
  const big = join(dir, 'big-roster.xlsx');
  const script = `import { writeRoster } from './tests/helpers/roster.ts';
    await writeRoster(${JSON.stringify(big)}, { rows: 150000, schoolCodes: ${JSON.stringify(schools)}, letter: 'Y' });`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });

  await page.getByText('教師名單', { exact: true }).click();
  await page.getByRole('textbox', { name: '檔案路徑' }).fill(big);
  await page.getByRole('button', { name: '預覽', exact: true }).click();
  await page.getByRole('button', { name: '開始匯入到 113 學年度' }).click();
  const bar = page.getByRole('progressbar', { name: '匯入進度' });
  await expect(bar).toBeVisible();
  await expect(page.getByText(/已讀取 [\d,]+ 列/)).toBeVisible();
  await shot(page, 'import-running');
  await page.getByRole('button', { name: '取消匯入' }).click();
  await expect(page.getByText('已取消匯入', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('已取消匯入，資料沒有任何變更')).toBeVisible();
  const after = await page.evaluate(async () => ((await window.api.invoke('overview:get', { year: 113 })) as { data: { teachers: number } }).data.teachers);
  expect(after).toBe(before);
  await shot(page, 'import-cancelled');
});

test('registry screens: school detail warns without 總負責人, teacher ID revealed on click, accounts, contacts', async ({ page }) => {
  await page.goto('/#/registry/accounts');
  await expect(page.getByRole('table', { name: '業務帳號權限' })).toBeVisible();
  await expect(page.getByText(/有 \d+ 所學校沒有啟用中的總負責人/)).toBeVisible();
  await shot(page, 'registry-accounts');

  await page.getByRole('link', { name: '查看這些學校' }).click();
  await expect(page.getByText('只列出沒有啟用中總負責人的學校')).toBeVisible();
  await page.getByRole('table', { name: '學校清單' }).locator('tbody tr').first().click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('本校沒有啟用中的總負責人')).toBeVisible();
  await expect(drawer.getByRole('table', { name: '本校教師' })).toBeVisible();
  expect(await drawer.innerText()).not.toMatch(/[A-Z][12]\d{8}/);
  await page.waitForTimeout(400); // the drawer's slide-in, for a readable screenshot only
  await shot(page, 'registry-school-detail');
  await page.keyboard.press('Escape');

  await page.goto('/#/registry/teachers');
  await page.getByRole('table', { name: '教師清單' }).locator('tbody tr').first().click();
  const teacher = page.getByRole('dialog');
  await expect(teacher.getByText(/^[A-Z]\d{2}\*{4}\d{3}$/)).toBeVisible();
  expect(await page.content()).not.toMatch(/[A-Z][12]\d{8}/);
  await teacher.getByRole('button', { name: '顯示身分證字號' }).click();
  await expect(teacher.getByText(/^[A-Z][12]\d{8}$/)).toBeVisible();
  await page.waitForTimeout(400);
  await shot(page, 'registry-teacher-revealed');
  await teacher.getByRole('button', { name: '隱藏' }).click();
  await expect(teacher.getByText(/^[A-Z]\d{2}\*{4}\d{3}$/)).toBeVisible();

  await page.goto('/#/registry/contacts');
  await expect(page.getByRole('table', { name: '承辦人資料' }).locator('tbody tr')).toHaveCount(3);
  await shot(page, 'registry-contacts');
});
