import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Issue 9's browser test on the host's small demo (years 113 and 112): the dashboard and its
// authority filter, the needs chart stating its rank weights, a chart saved as PNG, the survey page
// (charts or the empty state that points to the import wizard), and 歷年參與 with seed 001's year 99.

const path = (name: string) => `test-results/screens/${name}.png`;

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path(name), fullPage: true });
}

/** The API as the page has it (the loopback host's bridge): the numbers the screen must show. */
async function invoke<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const envelope = await page.evaluate(([c, i]) => window.api.invoke(c as string, i), [channel, input] as const);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.data as T;
}

const pct = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
const count = (n: number) => n.toLocaleString('zh-TW');

/** A chart's canvas has been drawn on: some pixel is not white or transparent. */
async function expectDrawn(chart: Locator): Promise<void> {
  await expect(chart.locator('canvas')).toHaveCount(1);
  await expect
    .poll(() =>
      chart.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let inked = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200)) inked++;
        return inked;
      }),
    )
    .toBeGreaterThan(500);
}

interface Counts { expected: number; onTime: number; onTimeRate: number | null }
interface Filing { total: { schools: Counts; teachers: Counts }; byAuthority: { authority: string; schools: Counts }[]; previous: { year: number } | null }

test('dashboard: filing rates follow the authority filter, needs state their weights, charts save as PNG', async ({ page }) => {
  // The 統計 area sits in the left bar after 獎勵與達成率; its pages load on first visit.
  await page.goto('/#/');
  const nav = page.getByRole('navigation', { name: '主選單' });
  await expect(nav.getByRole('link', { name: '滿意度問卷' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '歷年參與' })).toBeVisible();
  await nav.getByRole('link', { name: '統計儀表板' }).click();
  await expect(page).toHaveURL(/#\/stats$/);
  await expect(page.getByRole('heading', { name: '統計儀表板', level: 1 })).toBeVisible();
  const all = await invoke<Filing>(page, 'stats:filing', { year: 113 });
  const schoolsCard = page.getByRole('listitem', { name: '學校期限內填報率' });
  await expect(schoolsCard).toContainText(pct(all.total.schools.onTimeRate));
  await expect(schoolsCard).toContainText(`應填 ${count(all.total.schools.expected)} 所`);
  // 112 is in the database too: the year-on-year chart is there.
  expect(all.previous?.year).toBe(112);
  await expect(page.getByTestId('card-filing-yoy')).toContainText('與 112 學年度比較');
  // A year without filing windows has no on-time plans: the screen says so and compares the submitted share instead.
  const schedule112 = await invoke<{ schedule: unknown }>(page, 'schedule:get', { year: 112 });
  if (schedule112.schedule === null) {
    await expect(page.getByRole('alert').filter({ hasText: '112 學年度沒有年度時程' })).toBeVisible();
    await expect(page.getByTestId('card-filing-yoy')).toContainText('故比較已送出率');
    await expect(schoolsCard).not.toContainText('較 112 學年度');
  } else {
    await expect(schoolsCard).toContainText('較 112 學年度');
  }
  await expectDrawn(page.getByTestId('chart-filing-authority'));
  await shot(page, 'stats-filing');

  // An authority whose school count differs from the whole: the headline numbers must change.
  const one = all.byAuthority.find((a) => a.schools.expected > 0 && a.schools.expected !== all.total.schools.expected)!;
  await page.getByRole('search', { name: '統計條件' }).getByRole('combobox', { name: '主管機關' }).click();
  await page.getByRole('option', { name: one.authority, exact: true }).click();
  await expect(schoolsCard).toContainText(`應填 ${count(one.schools.expected)} 所`);
  await expect(schoolsCard).toContainText(pct(one.schools.onTimeRate));
  await expect(page.getByTestId('card-filing-authority')).toContainText(`${one.authority}・全部學制`);

  // The numbers behind a chart, and the chart as a PNG.
  await page.getByTestId('card-filing-stage').getByRole('button', { name: '顯示數字' }).click();
  await expect(page.getByRole('table', { name: '各教育階段填報率（數字）' })).toBeVisible();
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '各教育階段填報率存成 PNG' }).click()]);
  expect(png.suggestedFilename()).toBe(`113學年度_各教育階段填報率_${one.authority}・全部學制.png`);
  await shot(page, 'stats-filing-authority');

  // Needs: the weights are said on the chart's card and drawn into the chart itself.
  await page.getByRole('button', { name: '清除條件' }).click();
  await page.getByRole('tab', { name: '進修需求' }).click();
  const needs = await invoke<{ teacher: { plans: number; dimensions: { dimension: string; weightNote: string; options: { option: string; score: number }[] }[] } }>(page, 'stats:needs', { year: 113 });
  expect(needs.teacher.plans).toBeGreaterThan(0);
  const mode = needs.teacher.dimensions.find((d) => d.dimension === 'mode')!;
  expect(mode.weightNote).toContain('第1順位 3 分');
  const modeCard = page.getByTestId('card-needs-mode');
  await expect(modeCard).toContainText(mode.weightNote);
  await expect(page.getByTestId('card-needs-time')).toContainText('第1順位 6 分');
  await expectDrawn(page.getByTestId('chart-needs-mode'));
  await modeCard.getByRole('button', { name: '顯示數字' }).click();
  const top = [...mode.options].sort((a, b) => b.score - a.score)[0]!;
  await expect(modeCard.getByRole('row', { name: new RegExp(top.option) })).toContainText(count(top.score));
  await shot(page, 'stats-needs');

  await page.getByRole('tab', { name: '規劃時數' }).click();
  await expect(page.getByTestId('card-hours-yoy')).toContainText('與 112 學年度比較');
  await expectDrawn(page.getByTestId('chart-hours-domain'));
  await shot(page, 'stats-hours');

  await page.getByRole('tab', { name: '達成率' }).click();
  await expect(page.getByRole('listitem', { name: '教師規劃達成率' })).toBeVisible();
  await expectDrawn(page.getByTestId('chart-achievement-domain'));
  await shot(page, 'stats-achievement');
});

test('survey page: per-question charts, or the empty state that says how to import a survey', async ({ page }) => {
  await page.goto('/#/stats/survey');
  await expect(page.getByRole('heading', { name: '滿意度問卷', level: 1 })).toBeVisible();
  const survey = await invoke<{ respondents: { total: number }; questions: { type: string }[] }>(page, 'stats:survey', { year: 113 });
  if (survey.respondents.total === 0) {
    await expect(page.getByText('113 學年度還沒有滿意度問卷')).toBeVisible();
    await expect(page.getByText(/在匯入精靈選擇「滿意度問卷」/)).toBeVisible();
    await expect(page.getByRole('link', { name: '匯入問卷結果' }).first()).toHaveAttribute('href', '#/imports?kind=survey');
  } else {
    await expect(page.getByRole('radio', { name: /^全部（/ })).toBeChecked();
    await expectDrawn(page.getByTestId('chart-survey'));
    await page.locator('label').filter({ hasText: /^教師（/ }).click();
    await expect(page.getByRole('radio', { name: /^教師（/ })).toBeChecked();
    await expect(page.getByTestId('card-survey')).toContainText('滿意度問卷平均分數（教師）');
    // The free texts follow the respondent kind, paged by the API.
    const texts = await invoke<{ texts: { total: number } }>(page, 'stats:survey', { year: 113, textKind: '教師' });
    const list = page.getByRole('table', { name: '文字意見' });
    if (texts.texts.total > 0) {
      await expect(page.getByText(`共 ${count(texts.texts.total)} 則`)).toBeVisible();
      await expect(list.locator('tbody tr').first()).toContainText('教師');
      await expect(list.locator('tbody tr').filter({ hasText: '業務帳號' })).toHaveCount(0);
    }
  }
  await shot(page, 'stats-survey');
});

test('歷年參與: seed 001 history beside this database’s years', async ({ page }) => {
  await page.goto('/#/stats/participation');
  await expect(page.getByRole('heading', { name: '歷年參與', level: 1 })).toBeVisible();
  const data = await invoke<{ years: { year: number; schools: number; teachers: number; origin: string }[] }>(page, 'stats:participation', {});
  const y99 = data.years.find((y) => y.year === 99)!;
  expect(y99.origin).toBe('history');
  expect(data.years.filter((y) => y.origin === 'data').map((y) => y.year).sort()).toEqual([112, 113]);
  await expectDrawn(page.getByTestId('chart-participation'));
  await page.getByTestId('card-participation').getByRole('button', { name: '顯示數字' }).click();
  const row = page.getByRole('table', { name: '歷年參與學校與教師（數字）' }).getByRole('row').filter({ has: page.getByRole('cell', { name: '99', exact: true }) });
  await expect(row).toContainText('歷史資料');
  await expect(row).toContainText(count(y99.schools));
  await expect(row).toContainText(count(y99.teachers));
  const row113 = page.getByRole('table', { name: '歷年參與學校與教師（數字）' }).getByRole('row').filter({ has: page.getByRole('cell', { name: '113', exact: true }) });
  await expect(row113).toContainText('本資料庫');
  await shot(page, 'stats-participation');
});

test('匯出 xlsx and 統計報告 PDF from the dashboard, for the chosen authority', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'stats-e2e-'));
  try {
    await page.goto('/#/stats?authority=屏東縣');
    await expect(page.getByRole('search', { name: '統計條件' }).getByRole('combobox', { name: '主管機關' })).toHaveValue('屏東縣');

    await page.getByRole('button', { name: '匯出 xlsx' }).click();
    const xlsxDialog = page.getByRole('dialog', { name: '匯出統計表（xlsx）' });
    await expect(xlsxDialog).toContainText('113 學年度、屏東縣');
    const xlsx = join(dir, '統計表.xlsx');
    await xlsxDialog.getByRole('textbox', { name: '存檔位置' }).fill(xlsx);
    await xlsxDialog.getByRole('button', { name: '匯出 Excel' }).click();
    await expect(xlsxDialog.getByRole('status')).toContainText('已匯出統計表');
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    await xlsxDialog.getByRole('button', { name: '關閉' }).click();
    await expect(xlsxDialog).toBeHidden();

    await page.getByRole('button', { name: '統計報告 PDF' }).click();
    const pdfDialog = page.getByRole('dialog', { name: '統計報告（PDF）' });
    const pdf = join(dir, '統計報告.pdf');
    await pdfDialog.getByRole('textbox', { name: '存檔位置' }).fill(pdf);
    await pdfDialog.getByRole('button', { name: '產生 PDF' }).click();
    await expect(pdfDialog.getByRole('status')).toContainText(/已產生統計報告，共 \d+ 頁/, { timeout: 60_000 });
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    await page.screenshot({ path: path('stats-report-saved') });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
