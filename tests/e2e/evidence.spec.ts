import { expect, test } from '@playwright/test';
import { wcagScan } from './axe';

const EXPLAINER = '/articles/kazakhstan-gaza-ceasefire-explained/';
const SOURCE = '/sources/kazakhstan-diplomatic-balance-gaza-ceasefire/';

for (const javaScriptEnabled of [false, true]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('a claim’s marker opens its evidence in place, and its link lands on the passage', async ({ page }) => {
      await page.goto(EXPLAINER);
      const marker = page.getByRole('button', { name: 'Evidence: s4' });
      await marker.scrollIntoViewIfNeeded();
      const before = await page.evaluate(() => scrollY);
      await marker.click();
      const evidence = page.getByRole('dialog', { name: 'Evidence' });
      await expect(evidence).toBeVisible();
      await expect(evidence).toContainText('The hostages had been held for more than two years');
      // Read in place: the page has not moved.
      expect(await page.evaluate(() => scrollY)).toBe(before);
      await page.keyboard.press('Escape');
      await expect(evidence).toBeHidden();

      await marker.click();
      await evidence.getByRole('link', { name: /sentence 4$/ }).click();
      await expect(page).toHaveURL(`${SOURCE}#s4`);
      await expect(page.locator(':target')).toHaveText(/^The hostages had been held for more than two years/);
    });

    test('a context fact’s evidence links to its entry on the context page', async ({ page }) => {
      await page.goto(EXPLAINER);
      await page.getByRole('button', { name: 'Evidence: context' }).first().click();
      const evidence = page.getByRole('dialog', { name: 'Evidence' });
      await expect(evidence).toContainText('from other reporting');
      await evidence.getByRole('link', { name: 'All context facts' }).click();
      await expect(page).toHaveURL(/\/context\/#[a-z0-9-]+$/);
      await expect(page.locator(':target')).toBeVisible();
    });
  });
}

test('axe finds nothing on the explainer with a piece of evidence open', async ({ page }) => {
  await page.goto(EXPLAINER);
  await page.getByRole('button', { name: 'Evidence: s5' }).first().click();
  const results = await wcagScan(page);
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});
