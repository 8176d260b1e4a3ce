import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { createDemo } from '../../db/demo/index.ts';
import { openStore } from '../../db/open.ts';
import { A4, A4_LANDSCAPE } from '../../main/exports/pdf/geometry.ts';
import { preparePrintJob } from '../../main/exports/printPages.ts';
import { printDocumentHtml } from '../../main/exports/printDocument.ts';

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
  await page.getByRole('button', { name: '另存 PDF' }).click();
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

test('列印… on the loopback host says that printing needs the desktop app', async ({ page }) => {
  await page.goto('/#/exports');
  await page.getByRole('radiogroup', { name: '選擇要匯出或列印的項目' }).getByRole('radio', { name: '學校基本資料表', exact: true }).click();
  await page.getByRole('combobox', { name: '主管機關' }).click();
  await page.getByRole('option', { name: '臺中市' }).click();
  await expect(page.getByRole('button', { name: '另存 PDF' })).toBeVisible();
  await page.getByRole('button', { name: '列印…' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: '無法列印' });
  await expect(refusal).toBeVisible({ timeout: 20_000 });
  await expect(refusal).toContainText('直接列印要在桌面版程式中使用');
  await expect(refusal).toContainText('另存 PDF');
  await expect(page.getByRole('button', { name: '列印…' })).toBeEnabled();
  await page.screenshot({ path: 'test-results/screens/exports-print-refused.png', fullPage: true });
});

test('the print document renders in Chromium as exactly one A4 sheet per page of the form', async ({ page }) => {
  test.setTimeout(120_000);
  // The same job the desktop app hands its print window: page images at 200 dpi beside print.html.
  const dir = mkdtempSync(join(out, 'job-'));
  const store = openStore(join(dir, 'print.db'));
  let job;
  try {
    createDemo(store.sqlite, { scale: 'small', year: 113, seed: 113 });
    // One school's plan record (text pages and the pie chart) keeps the job to a few pages.
    job = await preparePrintJob(store, 'school-plan', { year: 113, authority: '臺中市', school: '193001' }, dir);
  } finally {
    store.close();
  }
  expect(job.pages).toBeGreaterThan(1);
  expect(readdirSync(dir).filter((n) => n.endsWith('.png'))).toHaveLength(job.pages);
  await page.goto(pathToFileURL(job.htmlPath).toString());
  await expect(page.locator('img')).toHaveCount(job.pages);
  // Every image decoded under the document's own CSP (images from files only, no script).
  expect(await page.locator('img').evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).naturalWidth === 1654).length)).toBe(job.pages);
  const pdf = join(out, 'print-document.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(job.pages);
  expect(info).toMatch(/Page size:.*\(A4\)/);
  // Chromium keeps the paper to its own units: 594.96 × 841.92 pt for 210 × 297 mm.
  const sizes = [...execFileSync('pdfinfo', ['-f', '1', '-l', String(job.pages), pdf], { encoding: 'utf8' }).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)];
  expect(sizes).toHaveLength(job.pages);
  for (const [, width, height] of sizes) {
    expect(Math.abs(Number(width) - 595.28)).toBeLessThan(1);
    expect(Math.abs(Number(height) - 841.89)).toBeLessThan(1);
  }
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, 'test-results/screens/exports-print-document']);
});

test('a print document mixing portrait and landscape pages gives each sheet its own paper', async ({ page }) => {
  const dot = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
  await page.setContent(printDocumentHtml([{ src: dot, ...A4 }, { src: dot, ...A4_LANDSCAPE }, { src: dot, ...A4 }], '混合'));
  const pdf = join(out, 'mixed.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true });
  const sizes = [...execFileSync('pdfinfo', ['-f', '1', '-l', '3', pdf], { encoding: 'utf8' }).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
  expect(sizes).toEqual([[595, 842], [842, 595], [595, 842]]);
});
