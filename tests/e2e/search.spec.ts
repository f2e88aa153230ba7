import { expect, test, type Page } from '@playwright/test';
import { wcagScan } from './axe';

const SOURCE = '/sources/kazakhstan-diplomatic-balance-gaza-ceasefire/';

/** Searches as a keyboard user would: type into the labelled box, press Enter. */
async function search(page: Page, query: string) {
  await page.goto('/search/');
  await page.getByLabel('Search for').focus();
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(/\d+ passages? on \d+ pages? match/);
}

// A name, a number and a phrase from the source; each is said in one sentence of the source.
const CASES = [
  ['Zheldibay', 'Ruslan Zheldibay', 's14'],
  ['450 million', '$450 million', 's20'],
  ['two states for two peoples', 'two states for two peoples', 's19'],
] as const;

for (const [query, words, sentence] of CASES) {
  test(`searching "${query}" lands on a highlighted passage that says it`, async ({ page }) => {
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
    });
    await search(page, query);
    const results = page.locator('[data-search-results] a');
    // The source document's own sentence is among the results, linked by its permalink.
    await expect(results.and(page.locator(`[href="${SOURCE}#${sentence}"]`))).toHaveCount(1);

    // Follow the first result with the keyboard: past the Search button, to the first link.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(results.first()).toBeFocused();
    const href = (await results.first().getAttribute('href'))!;
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL((url) => url.hash.length > 1 && href.endsWith(url.hash));
    const target = page.locator(':target');
    await expect(target).toHaveCount(1);
    await expect(target).toContainText(words, { ignoreCase: true });
    await expect(target).toBeInViewport();
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background, 'the passage is highlighted').not.toBe('rgba(0, 0, 0, 0)');
    expect(refused).toEqual([]);
  });
}

test('the source sentence a result names is the one that says it', async ({ page }) => {
  await search(page, 'Zheldibay');
  await page.locator(`[data-search-results] a[href="${SOURCE}#s14"]`).click();
  await expect(page.locator('#s14')).toContainText('his press secretary, Ruslan Zheldibay');
});

test('a search with no match says so', async ({ page }) => {
  await page.goto('/search/?q=quokka');
  await expect(page.getByRole('status')).toHaveText(
    'No passage matches “quokka”. Try fewer words, or another spelling.',
  );
  await expect(page.locator('[data-search-results] li')).toHaveCount(0);
});

test('results come back from a link to the search (?q=)', async ({ page }) => {
  await page.goto('/search/?q=Zheldibay');
  await expect(page.getByLabel('Search for')).toHaveValue('Zheldibay');
  await expect(page.locator('[data-search-results] li').first()).toContainText('Zheldibay');
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test(`axe finds nothing on the search page with results, ${colorScheme} at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto('/search/?q=450%20million');
      await expect(page.locator('[data-search-results] li').first()).toBeVisible();
      const { violations } = await wcagScan(page);
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and points to the stories and the topics', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'topic pages' })).toHaveAttribute('href', '/topics/');
    await expect(page.getByRole('link', { name: 'the stories', exact: true })).toHaveAttribute('href', '/');
    await expect(page.getByLabel('Search for')).toBeHidden();
  });
});

test('no other page loads the search index or its script', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) fetched.push(r.url());
  });
  for (const url of ['/', '/timeline/', SOURCE, '/articles/kazakhstan-gaza-ceasefire-key-facts/']) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
  }
  expect(fetched).toEqual([]);
  await page.getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/$/);
});
