import { expect, test } from '@playwright/test';
import { articlePages, builtPages } from './built-pages';
import { unlocalizedPath } from '../../src/lib/paths';

const REPORT = '/articles/kazakhstan-maintains-diplomatic-balance/';
const SOURCE = '/sources/kazakhstan-diplomatic-balance-gaza-ceasefire/';
// A test that visits every built page gets time for each: the site grows (stories, editions, archive pages).
const everyPage = () => 30_000 + builtPages().length * 3_000;

test('home → lead article → a claim’s evidence lands on its passage in the source', async ({ page }) => {
  await page.goto('/');
  // The first story on the home page, and the article it leads with.
  const lead = page.locator('main section').first().getByRole('article').getByRole('link').first();
  const title = await lead.textContent();
  await lead.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!.trim());

  await page.locator('article button[popovertarget]').first().click();
  const evidence = page.getByRole('dialog', { name: 'Evidence' });
  const quoted = (await evidence.locator('blockquote').textContent())!.trim();
  await evidence.getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`${SOURCE}#s\\d+$`));
  const target = page.locator(':target');
  await expect(target).toHaveText(quoted);
  await expect(target).toBeInViewport();
  expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
});

test('every quotation on every article is, character for character, the passage it links to', async ({ page }) => {
  const sourceText = new Map<string, string>();
  await page.goto(SOURCE);
  for (const el of await page.locator('[id^="s"].sentence, p[id^="p"]').all()) {
    const id = (await el.getAttribute('id'))!;
    // A paragraph's text without the ¶ and sentence-number links that sit between its sentences.
    const text = await el.evaluate(
      (node) => [...node.querySelectorAll('.sentence')].map((s) => s.textContent).join(' ') || node.textContent,
    );
    sourceText.set(id, text!);
  }
  let checked = 0;
  for (const url of [...articlePages(), '/timeline/']) {
    await page.goto(url);
    // A quotation names its passage in `cite`; an evidence popover's, by the link in its caption.
    for (const q of await page.locator('q[cite], blockquote[cite], [popover] figure blockquote').all()) {
      const address =
        (await q.getAttribute('cite')) ??
        (await q.evaluate((el) => el.closest('figure')!.querySelector('figcaption a')!.getAttribute('href')));
      const cite = new URL(address!, page.url());
      expect(cite.pathname).toBe(SOURCE);
      const expected = sourceText.get(cite.hash.slice(1));
      expect(expected, `${url}: ${cite.hash} is a passage of the source`).toBeDefined();
      const quoted = (await q.textContent())!.trim();
      // A phrase of a passage (data-excerpt: the timeline's evidence, a <Cite words>) is in it, not all of it.
      if ((await q.getAttribute('data-excerpt')) !== null) {
        expect(expected, `${url}: words quoted from ${cite.hash}`).toContain(quoted);
      } else {
        expect(quoted, `${url}: quotation of ${cite.hash}`).toBe(expected);
      }
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(20);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the report shows the full text, every paragraph, and says where the excerpt stops', async ({ page }) => {
    await page.goto(SOURCE);
    const paragraphs = await page.locator('p[id^="p"]').count();
    await page.goto(REPORT);
    const article = page.locator('article');
    await expect(article.locator('p[id^="p"]')).toHaveCount(paragraphs);
    await expect(article.getByRole('heading', { name: 'A Delicate Diplomatic Position' })).toBeVisible();
    const last = article.locator('p[id^="p"]').last();
    // The paragraph, then its link to the same passage in the source.
    await expect(last).toHaveText(/At that time, 76\.\.\.In the source document: ¶13$/);
    await expect(last.getByRole('link')).toHaveAttribute('href', `${SOURCE}#p13`);
    await expect(page.getByText('The source text ends here, mid-sentence.')).toBeVisible();
    await expect(page.locator('[data-theme-toggle]')).toBeHidden();
  });

  test('the explainer shows every answer', async ({ page }) => {
    await page.goto('/articles/kazakhstan-gaza-ceasefire-explained/');
    await expect(page.locator('.prose .heading-wrap > h2[id]')).toHaveText([
      'What happened on 13 October 2025?',
      'How did the ceasefire come together, and when did Kazakhstan speak?',
      'Why did Astana stay neutral, and what is the multivector policy?',
      'Where does Kazakhstan stand between Israel and Palestine?',
      'What changed after the report?',
      'What could the report not tell us?',
    ]);
  });

  test('dark mode follows the system without any script', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 20, 22)');
    await context.close();
  });
});

test('the theme toggle remembers the choice, and the next page opens in it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  await expect(toggle).toHaveAccessibleName('Theme: system. Switch to light');
  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Theme: light. Switch to dark');
  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Theme: dark. Switch to system');
  await page.goto(REPORT);
  // The saved theme is on <html> before the body is parsed: no flash of the light page.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 20, 22)');
  await page.getByRole('button', { name: /^Theme:/ }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
});

for (const width of [320, 375]) {
  test(`no page scrolls sideways at ${width} px`, async ({ page }) => {
    test.setTimeout(everyPage());
    await page.setViewportSize({ width, height: 800 });
    for (const url of builtPages()) {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${url} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
    }
  });
}

test('no page asks another origin for anything, or sets a cookie', async ({ page, context, baseURL }) => {
  test.setTimeout(everyPage());
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== new URL(baseURL!).origin && url.protocol !== 'data:') foreign.push(request.url());
  });
  for (const url of builtPages()) {
    await page.goto(url, { waitUntil: 'networkidle' });
    // Scroll to the foot so that anything loaded on sight (islands, lazy images) is requested too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(REPORT);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('every page runs under its hash-based CSP with nothing refused', async ({ page }) => {
  test.setTimeout(everyPage());
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(`${page.url()}: ${m.text()}`);
  });
  for (const url of builtPages()) {
    await page.goto(url);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    // Only the search pages (/search/, /ru/search/) may compile WebAssembly (Pagefind's engine); no page may
    // run inline code unhashed.
    const search = unlocalizedPath(url).path === '/search/';
    const scriptSrc = search ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'";
    expect(csp, `${url} has a CSP`).toMatch(new RegExp(`${scriptSrc}( 'sha256-[^']+')*;`));
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
  }
  expect(refused).toEqual([]);
});

test('a context fact reads as one sentence with its date and cites its report, in place and on its page', async ({
  page,
}) => {
  await page.goto('/articles/kazakhstan-gaza-ceasefire-explained/');
  await page.getByRole('button', { name: 'Evidence: context' }).last().click();
  const evidence = page.getByRole('dialog', { name: 'Evidence' });
  await expect(evidence).toContainText(/from other reporting/);
  await expect(evidence).toContainText(/^.*\d{1,2} \w+ 20\d\d: \S/);
  await expect(evidence.getByRole('link', { name: /, \d{1,2} \w+ 20\d\d$/ }).first()).toHaveAttribute(
    'href',
    /^https:\/\//,
  );
  await evidence.getByRole('link', { name: 'All context facts' }).click();
  const entry = page.locator(':target');
  await expect(entry).toContainText(/^\d{1,2} \w+ 20\d\d: \S/);
  await expect(entry.getByRole('link', { name: 'On the timeline' })).toHaveAttribute(
    'href',
    /^\/stories\/[a-z0-9-]+\/timeline\/#event-/,
  );
});
