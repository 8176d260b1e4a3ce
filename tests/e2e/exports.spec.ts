import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// Issue 8's browser test: on the small demo year 113 (tests/e2e/host.ts), the 匯出與列印 page —
// choose the school plan record, narrow it to 臺中市, preview page 1 (drawn by the API), type an
// output path (the loopback host has no save dialog) and print; the PDF is read back. Screenshots
// are kept to look at.

// Made in the hook, not at load: Playwright also loads this file just to list its tests.
let out = '';
test.beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'inservice-e2e-exports-'));
});
test.afterAll(() => rmSync(out, { recursive: true, force: true }));

test('print the school plan records of an authority from the 匯出與列印 page', async ({ page }) => {
  await page.goto('/#/exports');
  await expect(page.getByRole('heading', { name: '匯出與列印', level: 1 })).toBeVisible();
  const choices = page.getByRole('radiogroup', { name: '選擇要匯出或列印的項目' });
  for (const title of ['教師自我專業進修規劃記錄', '學校本位教師進修研習規劃記錄', '獎勵名單', '承辦人資料表', '學校基本資料表', '未完成規劃聯絡單', '獎勵名單（Excel）', '填報進度（Excel）']) {
    await expect(choices.getByRole('radio', { name: title, exact: true })).toBeVisible();
  }

  await choices.getByRole('radio', { name: '學校本位教師進修研習規劃記錄', exact: true }).click();
  await expect(page.getByRole('heading', { name: '學校本位教師進修研習規劃記錄', level: 2 })).toBeVisible();
  await page.getByRole('combobox', { name: '主管機關' }).click();
  await page.getByRole('option', { name: '臺中市' }).click();

  await page.getByRole('button', { name: '預覽' }).click();
  const preview = page.getByRole('img', { name: /^第 1 頁預覽：/ });
  await expect(preview).toBeVisible({ timeout: 20_000 });
  const label = (await preview.getAttribute('alt'))!.replace(/^第 1 頁預覽：/, '');
  expect(label).toMatch(/^臺中市/);
  await expect(page.getByText(/這個範圍共 \d+ 份/)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/exports-preview.png', fullPage: true });

  const path = join(out, '臺中市學校規劃.pdf');
  await page.getByRole('textbox', { name: '存檔位置' }).fill(path);
  await page.getByRole('button', { name: '產生 PDF' }).click();
  const done = page.getByRole('status').filter({ hasText: '已產生學校本位教師進修研習規劃記錄' });
  await expect(done).toBeVisible({ timeout: 30_000 });
  await expect(done).toContainText(path);
  await expect(done.getByRole('button', { name: '開啟（可列印）' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/exports-done.png', fullPage: true });

  expect(existsSync(path)).toBe(true);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
  const summary = await done.innerText();
  expect(summary).toContain(`共 ${pages} 頁`);
  const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('學校本位教師進修研習規劃記錄');
  expect(text).toContain(label.replace(/\s+/g, ''));

  // The folder is remembered: choosing another form proposes a file beside the last one.
  await page.getByRole('radio', { name: '填報進度（Excel）', exact: true }).click();
  await expect(page.getByRole('textbox', { name: '存檔位置' })).toHaveValue(join(out, '113學年度_填報進度.xlsx'));
});
