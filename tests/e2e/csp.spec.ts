import { expect, test } from '@playwright/test';

// The Content-Security-Policy the app ships must stop an injected inline script and any remote content.

test('the CSP blocks inline script and remote content', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('combobox', { name: '學年度' })).toBeVisible();
  const result = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
    const w = window as unknown as { injected?: number };
    const script = document.createElement('script');
    script.textContent = 'window.injected = 1';
    document.body.append(script);
    const img = document.createElement('img');
    img.src = 'https://example.com/tracker.png';
    document.body.append(img);
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = 'https://fonts.example.com/font.css';
    document.head.append(style);
    let fetched = 'allowed';
    try {
      await fetch('https://example.com/data.json');
    } catch {
      fetched = 'blocked';
    }
    await new Promise((r) => setTimeout(r, 300));
    return { injected: w.injected ?? null, violations, fetched };
  });
  expect(result.injected).toBeNull();
  expect(result.fetched).toBe('blocked');
  expect(result.violations).toEqual(expect.arrayContaining(['script-src-elem', 'img-src', 'style-src-elem', 'connect-src']));
});
