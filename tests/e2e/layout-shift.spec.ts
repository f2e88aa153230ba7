/**
 * Nothing moves as a page loads with JavaScript: what a script enables keeps its place while the page loads
 * (data-pending), and what only readers without scripts need is never shown and then taken away. Measured
 * as the browser measures it for Core Web Vitals: the layout shifts reported while the page loads.
 */
import { expect, test } from '@playwright/test';
import { builtPages } from './built-pages';

test.use({ viewport: { width: 375, height: 800 } });

for (const url of builtPages()) {
  test(`${url} does not move as it loads`, async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    // Islands and scripts that run once idle or visible have had their turn.
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((a, b) => a + b, 0)).toBe(0);
  });
}
