import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../../db/connection.ts';

// Issue 10's browser test: 資料與安全 › 資料包. The host's database holds the small demo of seed 113.
// The test exports 屏東縣 into its own temp folder and imports it back (identical data: the other
// specs see the same year), inspects a package in which one 屏東縣 teacher carries the national ID of
// a 臺中市 teacher (a conflict, built in a separate database with the same demo), and a damaged file.
// There is no native file dialog in the browser host: the test types paths.

const dir = mkdtempSync(join(tmpdir(), 'inservice-e2e-packages-'));
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
const cli = (...args: string[]) => execFileSync(process.execPath, ['main/cli.ts', ...args], { stdio: 'pipe' });

/** 屏東縣's package from a copy of the host's demo where its first teacher has a 臺中市 teacher's ID. */
function conflictPackage(): string {
  const db = join(dir, 'conflict.db');
  cli('--db', db, 'demo', '--scale', 'small', '--seed', '113', '--year', '113');
  const sqlite = openSqlite(db);
  const pick = (authority: string) =>
    sqlite
      .prepare('SELECT t.id, t.national_id FROM teachers t JOIN schools s ON s.id = t.school_id JOIN authorities a ON a.id = s.authority_id WHERE a.name = ? ORDER BY t.id LIMIT 1')
      .get(authority) as { id: number; national_id: string };
  const taichung = pick('臺中市');
  const pingtung = pick('屏東縣');
  sqlite.transaction(() => {
    sqlite.prepare('DELETE FROM teachers WHERE id = ?').run(taichung.id);
    sqlite.prepare('UPDATE teachers SET national_id = ? WHERE id = ?').run(taichung.national_id, pingtung.id);
  })();
  sqlite.close();
  const out = join(dir, '屏東縣-衝突.iapkg');
  cli('--db', db, 'package', 'export', '--authority', '屏東縣', '--year', '113', '--out', out);
  return out;
}

test('export a package, inspect and import it, see history, conflicts and a refused file', async ({ page }) => {
  await page.goto('/#/data/packages');
  await expect(page.getByRole('heading', { name: '資料包', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: '資料包' })).toBeVisible();

  // Export 屏東縣 of 113 into the test's folder.
  const file = join(dir, '屏東縣-113.iapkg');
  await page.getByRole('combobox', { name: '主管機關' }).click();
  await page.getByRole('option', { name: '屏東縣' }).click();
  await page.getByRole('textbox', { name: '存放位置' }).fill(file);
  await page.getByRole('button', { name: '匯出資料包' }).click();
  await expect(page.getByText('已匯出 屏東縣 113 學年度的資料包')).toBeVisible({ timeout: 30_000 });
  expect(existsSync(file)).toBe(true);
  await expect(page.getByRole('table', { name: '資料包內容' })).toContainText('教師名單');
  await shot(page, 'packages-export');

  // Inspect it: manifest, checks, what the import replaces.
  await page.getByRole('textbox', { name: '資料包檔案' }).fill(file);
  await page.getByRole('button', { name: '檢查資料包' }).click();
  const checks = page.getByRole('list', { name: '檢查結果' });
  await expect(checks).toContainText('完整性（SHA-256）');
  await expect(checks).toContainText('雜湊值、大小與筆數都與清單相符');
  await expect(page.getByText('匯入時會發生什麼')).toBeVisible();
  await shot(page, 'packages-inspect');

  // Import with confirmation and progress; the history lists it.
  await page.getByRole('button', { name: '匯入這個資料包' }).click();
  await page.getByRole('button', { name: '確認匯入' }).click();
  await expect(page.getByText('匯入完成')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: '已匯入 屏東縣 113 學年度的資料包' })).toBeVisible();
  const history = page.getByRole('table', { name: '資料包匯入紀錄' });
  await expect(history).toContainText('屏東縣-113.iapkg');
  await shot(page, 'packages-imported');

  // The same package again: already imported, nothing would change, the button is off.
  await page.getByRole('button', { name: '檢查資料包' }).click();
  await expect(page.getByText('已匯入過', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '匯入這個資料包' })).toBeDisabled();

  // A package with a teacher rostered in 臺中市 here: the conflict is listed with masked IDs only.
  const conflict = conflictPackage();
  await page.getByRole('textbox', { name: '資料包檔案' }).fill(conflict);
  await page.getByRole('button', { name: '檢查資料包' }).click();
  const conflicts = page.getByRole('table', { name: '重複列冊的教師' });
  await expect(conflicts.locator('tbody tr')).toHaveCount(1);
  await expect(conflicts).toContainText('臺中市');
  expect(await conflicts.innerText()).toMatch(/[A-Z]\d{2}\*{4}\d{3}/);
  expect(await conflicts.innerText()).not.toMatch(/[A-Z][12]\d{8}/);
  await shot(page, 'packages-conflict');

  // A file cut short (a copy that was interrupted): one clear message, nothing changes.
  const broken = join(dir, '壞掉.iapkg');
  const whole = readFileSync(file);
  writeFileSync(broken, whole.subarray(0, Math.floor(whole.length / 2)));
  await page.getByRole('textbox', { name: '資料包檔案' }).fill(broken);
  await page.getByRole('button', { name: '檢查資料包' }).click();
  await expect(page.getByRole('alert')).toContainText('不完整或已損毀');
  await shot(page, 'packages-refused');
});
