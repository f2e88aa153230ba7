import { expect, test } from '@playwright/test';
import { builtPages } from './built-pages';
import { wcagScan } from './axe';

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test.describe(`${colorScheme} mode at ${width} px`, () => {
      test.use({ colorScheme, viewport: { width, height: 900 } });
      for (const url of builtPages()) {
        test(`axe finds nothing on ${url}`, async ({ page }) => {
          await page.goto(url);
          const { violations } = await wcagScan(page);
          expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        });
      }
    });
  }
}

test("label in name is checked: the source page's passage links pass it", async ({ page }) => {
  await page.goto('/sources/kazakhstan-diplomatic-balance-gaza-ceasefire/');
  const { passes, violations } = await wcagScan(page);
  expect(violations.map((v) => v.id)).not.toContain('label-content-name-mismatch');
  const checked = passes.find((p) => p.id === 'label-content-name-mismatch');
  // Every ¶ and sentence marker is a link whose name starts with what it shows ("s4, link to sentence 4").
  expect(checked?.nodes.length ?? 0).toBeGreaterThan(26);
});
