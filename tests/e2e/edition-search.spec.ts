/**
 * Search and the not-found page in a translated edition, as its readers meet them: its search page searches
 * its own pages (Pagefind's index for the page's <html lang>), in its words, and lands on the passage; its
 * 404 page's form goes there; without JavaScript it says so in its language and points to its own pages.
 */
import { expect, test, type Page } from '@playwright/test';
import { t } from '../../src/i18n';
import { TRANSLATED_EDITIONS } from '../../src/lib/editions';
import { notFoundPath } from '../../src/lib/paths';
import { wcagScan } from './axe';

const edition = TRANSLATED_EDITIONS[0]!;
const words = t(edition.lang);
const here = (path: string) => `${edition.prefix}${path}`;
const SOURCE = here('/sources/kazakhstan-diplomatic-balance-gaza-ceasefire/');

/** Searches as a keyboard user would: type into the labelled box, press Enter. */
async function search(page: Page, query: string) {
  await page.goto(here('/search/'));
  await page.getByLabel(words.search.label).focus();
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(`«${query}»`);
}

// A name, and a word in another case than the one written: Pagefind finds Russian words by their stem.
const CASES = [
  ['Желдыбай', 'Желдыбай'],
  ['заложники', 'заложник'],
] as const;

for (const [query, said] of CASES) {
  test(`searching "${query}" in the ${edition.lang} edition finds its pages and lands on a highlighted passage`, async ({
    page,
  }) => {
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
    });
    const indexes: string[] = [];
    page.on('request', (r) => {
      if (/\/pagefind\/.*(?:_|\.)[a-z]{2}-[a-z]{2}/.test(r.url())) indexes.push(r.url());
    });
    await search(page, query);
    const results = page.locator('[data-search-results] a');
    await expect(results.first()).toBeVisible();
    // Every result is a page of the edition, and the edition's index is the only one fetched.
    for (const href of await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')!)))
      expect(href.startsWith(`${edition.prefix}/`), href).toBe(true);
    expect(indexes.length).toBeGreaterThan(0);
    for (const url of indexes) expect(url).toContain(edition.locale.toLowerCase());
    // Follow the result on the source page, where our translation stands under each passage of the original.
    const inSource = results.and(page.locator(`[href^="${SOURCE}#"]`)).first();
    await expect(inSource).toBeVisible();
    const href = (await inSource.getAttribute('href'))!;
    // On the sentence that says it, as on the original's page, not the paragraph around it.
    expect(href).toMatch(/#s\d+$/);
    await inSource.click();
    await expect(page).toHaveURL((url) => url.hash.length > 1 && href.endsWith(url.hash));
    const target = page.locator(':target');
    await expect(target).toHaveCount(1);
    await expect(target).toContainText(said, { ignoreCase: true });
    await expect(target).toBeInViewport();
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background, 'the passage is highlighted').not.toBe('rgba(0, 0, 0, 0)');
    expect(refused).toEqual([]);
  });
}

test(`a search with no match says so in the ${edition.lang} edition`, async ({ page }) => {
  await page.goto(`${here('/search/')}?q=${encodeURIComponent('квокка')}`);
  await expect(page.getByRole('status')).toHaveText(words.search.none.replace('{query}', 'квокка'));
  await expect(page.locator('[data-search-results] li')).toHaveCount(0);
});

test(`the ${edition.lang} not-found page searches the edition`, async ({ page }) => {
  await page.goto(notFoundPath(edition.lang));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.notFound.title);
  await page.getByLabel(words.notFound.searchLabel).fill('Желдыбай');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${edition.prefix}/search/\\?q=`));
  await expect(page.getByRole('status')).toContainText('«Желдыбай»');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test(`axe finds nothing on the ${edition.lang} search page with results, ${colorScheme} at ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto(`${here('/search/')}?q=${encodeURIComponent('Желдыбай')}`);
      await expect(page.locator('[data-search-results] li').first()).toBeVisible();
      const { violations } = await wcagScan(page);
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test(`the ${edition.lang} search page says search needs JavaScript and points to the edition’s pages`, async ({
    page,
  }) => {
    await page.goto(here('/search/'));
    await expect(page.getByText(words.search.noScript)).toBeVisible();
    await expect(page.getByRole('link', { name: words.search.stories, exact: true })).toHaveAttribute(
      'href',
      here('/'),
    );
    await expect(page.getByRole('link', { name: words.search.topicPages })).toHaveAttribute('href', here('/topics/'));
    await expect(page.getByLabel(words.search.label)).toBeHidden();
  });

  test(`the ${edition.lang} not-found page's form goes to the edition's search page`, async ({ page }) => {
    await page.goto(notFoundPath(edition.lang));
    await page.getByLabel(words.notFound.searchLabel).fill('Желдыбай');
    await page.getByRole('button', { name: words.search.button }).click();
    await expect(page).toHaveURL(new RegExp(`${edition.prefix}/search/\\?q=`));
    await expect(page.getByText(words.search.noScript)).toBeVisible();
  });
});
