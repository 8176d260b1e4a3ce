import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { expect, test, type Page } from '@playwright/test';

// Issue 10's browser test, on the small demo years of tests/e2e/host.ts: 資料與安全 › 備份與還原 —
// check the database, back it up now (the loopback host has no save dialog: the proposed path in
// the backups folder is kept); make a change (the 113 schedule saved again); 操作紀錄 lists it,
// opens it and exports the trail to a typed path; then restore the backup: the change is undone, a
// safety backup appears in the list, and the restore's row is the newest of the restored trail.
// Restoring puts the database back as it was, so the specs after this one see the demo unchanged.

const SHOTS = 'test-results/screens';

let out = '';
test.beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'inservice-e2e-data-'));
});
test.afterAll(() => rmSync(out, { recursive: true, force: true }));

async function invoke<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const envelope = await page.evaluate(([c, i]) => window.api.invoke(c as string, i), [channel, input] as const);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.data as T;
}

test('back up, change, see the change in 操作紀錄, export it, restore the backup', async ({ page }) => {
  await page.goto('/#/data/backups');
  await expect(page.getByRole('heading', { name: '備份與還原', level: 1 })).toBeVisible();
  await expect(page.getByText('程式開啟時已通過快速完整性檢查（quick_check）。')).toBeVisible();
  await page.getByRole('button', { name: '立即檢查' }).click();
  await expect(page.getByRole('status').filter({ hasText: '資料庫通過快速完整性檢查' })).toBeVisible();

  // 立即備份: the host has no save dialog, so the path proposed in the backups folder is used.
  await page.getByRole('button', { name: '立即備份' }).first().click();
  const modal = page.getByRole('dialog', { name: '立即備份' });
  const pathField = modal.getByRole('textbox', { name: '存檔位置' });
  await expect(pathField).toHaveValue(/[\\/]backups[\\/]manual-\d{8}-\d{6}\.db$/);
  const backupPath = await pathField.inputValue();
  const backupName = backupPath.split(/[\\/]/).at(-1)!;
  await modal.getByRole('button', { name: '選擇位置…' }).click();
  await expect(modal.getByText('這個環境沒有存檔視窗，請直接輸入或貼上完整路徑。')).toBeVisible();
  await modal.getByRole('button', { name: '開始備份' }).click();
  await expect(page.getByRole('status').filter({ hasText: `已備份到 ${backupPath}` })).toBeVisible();
  const list = page.getByRole('table', { name: '備份清單' });
  const manualRow = list.getByRole('row').filter({ hasText: backupName });
  await expect(manualRow).toContainText('手動備份');
  await expect(manualRow).toContainText(/第 \d+ 版/);
  expect(existsSync(backupPath)).toBe(true);
  await page.screenshot({ path: `${SHOTS}/data-backups.png`, fullPage: true });

  // A change after the backup: the 113 schedule saved again (or created, if the demo has none).
  const state = await invoke<{ schedule: unknown }>(page, 'schedule:get', { year: 113 });
  const action = state.schedule ? '修改年度時程' : '建立內建年度時程';
  if (state.schedule) await invoke(page, 'schedule:save', { schedule: state.schedule });
  else await invoke(page, 'schedule:createBuiltIn', { year: 113 });

  // 操作紀錄: the change is the newest row, after the backup.
  await page.goto('/#/data/audit');
  await expect(page.getByRole('heading', { name: '操作紀錄', level: 1 })).toBeVisible();
  const trail = page.getByRole('table', { name: '操作紀錄' });
  const rows = trail.getByRole('row');
  await expect(rows.nth(1)).toContainText(action);
  await expect(rows.nth(1)).toContainText('113 學年度的年度時程');
  await expect(rows.nth(2)).toContainText('手動備份');
  await expect(rows.nth(2)).toContainText(backupName);
  await page.getByRole('combobox', { name: '動作' }).click();
  await page.getByRole('option', { name: action }).click();
  await expect(page.getByText(/^共 [\d,]+ 筆$/)).toBeVisible();
  const changes = Number((await page.getByText(/^共 [\d,]+ 筆$/).innerText()).replace(/\D/g, ''));
  expect(changes).toBeGreaterThanOrEqual(1);
  await expect(rows.nth(1)).toContainText(action);
  await page.screenshot({ path: `${SHOTS}/data-audit.png`, fullPage: true });
  await rows.nth(1).click();
  const drawer = page.getByRole('dialog', { name: '操作紀錄' });
  await expect(drawer).toContainText('細節');
  await expect(drawer).toContainText('"year": 113');
  await page.waitForTimeout(400); // let the drawer finish sliding in
  await page.screenshot({ path: `${SHOTS}/data-audit-detail.png` });
  await drawer.getByRole('button', { name: '關閉' }).click();

  // 匯出 Excel: no save dialog here either, so the path is typed.
  await page.getByRole('button', { name: '清除條件' }).click();
  await page.getByRole('button', { name: '匯出 Excel' }).click();
  const exportModal = page.getByRole('dialog', { name: '匯出操作紀錄' });
  const xlsx = join(out, '操作紀錄.xlsx');
  await exportModal.getByRole('textbox', { name: '存檔位置' }).fill(xlsx);
  await exportModal.getByRole('button', { name: '匯出' }).click();
  await expect(page.getByRole('status').filter({ hasText: `到 ${xlsx}` })).toBeVisible();
  const cells = XLSX.utils.sheet_to_json<string[]>(XLSX.read(readFileSync(xlsx)).Sheets['操作紀錄']!, { header: 1 });
  expect(cells[2]).toEqual(['編號', '時間', '使用者', '範圍', '動作', '結果', '內容', '程式版本']);
  expect(cells[3]![4]).toBe(action);

  // Restore the backup: confirmed, a safety backup first, the change undone, the restore recorded.
  await page.goto('/#/data/backups');
  await list.getByRole('button', { name: `還原 ${backupName}` }).click();
  const confirm = page.getByRole('dialog', { name: '還原備份' });
  await expect(confirm).toContainText('還原前，程式會先自動備份目前的資料');
  await expect(confirm).toContainText(backupName);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SHOTS}/data-restore-confirm.png` });
  await confirm.getByRole('button', { name: '確認還原' }).click();
  await expect(page.getByRole('status').filter({ hasText: `已由 ${backupPath} 還原` })).toBeVisible();
  await expect(confirm).toBeHidden();
  await expect(list.getByRole('row').filter({ hasText: '還原前自動備份' })).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/data-restored.png`, fullPage: true });

  await page.goto('/#/data/audit');
  await expect(rows.nth(1)).toContainText('還原備份');
  await expect(rows.nth(1)).toContainText(`由備份 ${backupName} 還原資料庫`);
  await page.screenshot({ path: `${SHOTS}/data-audit-restored.png`, fullPage: true });
  await page.getByRole('combobox', { name: '動作' }).click();
  await page.getByRole('option', { name: action }).click();
  // The restored trail is the backup's: the change made after it is gone with the change itself.
  if (changes === 1) await expect(page.getByText('沒有符合條件的紀錄')).toBeVisible();
  else await expect(page.getByText(`共 ${(changes - 1).toLocaleString('zh-TW')} 筆`)).toBeVisible();
});
