import { expect, test, type Page } from '@playwright/test';
import { articlePages } from './built-pages';

const ARTICLE = '/articles/kazakhstan-gaza-ceasefire-explained/';

const canonicalOf = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');
const shareBar = (page: Page) => page.getByRole('region', { name: 'Share' });

test('copy link puts the canonical address on the clipboard and says so to screen readers', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto(ARTICLE);
  const bar = shareBar(page);
  const status = bar.getByRole('status');
  await expect(status).toHaveText('');
  await bar.getByRole('button', { name: 'Copy link' }).click();
  await expect(status).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await canonicalOf(page));
});

test('where the browser can share, the share button hands it the canonical address and headline', async ({ page }) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared });
    Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
  });
  await page.goto(ARTICLE);
  await shareBar(page).getByRole('button', { name: 'Share…' }).click();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
  expect(shared).toEqual([
    { url: await canonicalOf(page), title: await page.getByRole('heading', { level: 1 }).textContent() },
  ]);
});

test('without the Web Share API there is no share button that would do nothing', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  await page.goto(ARTICLE);
  await expect(shareBar(page).getByRole('button', { name: 'Share…' })).toBeHidden();
  await expect(shareBar(page).getByRole('button', { name: 'Copy link' })).toBeVisible();
});

for (const url of articlePages()) {
  test(`the share links of ${url} carry its encoded address and headline`, async ({ page }) => {
    await page.goto(url);
    const canonical = (await canonicalOf(page))!;
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    const links = shareBar(page).getByRole('link');
    await expect(links).toHaveText(['Telegram', 'WhatsApp', 'X', 'Bluesky', 'Facebook', 'LinkedIn', 'Email']);
    for (const link of await links.all()) {
      const [service, href] = [(await link.textContent())!, (await link.getAttribute('href'))!];
      expect(href, service).toContain(encodeURIComponent(canonical));
      // Facebook and LinkedIn take only the address, and read the headline from the page's preview tags.
      if (!['Facebook', 'LinkedIn'].includes(service)) expect(href, service).toContain(encodeURIComponent(title));
    }
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the share links work and the buttons that need a script are not shown', async ({ page }) => {
    await page.goto(ARTICLE);
    const bar = shareBar(page);
    await expect(bar.getByRole('link')).toHaveCount(7);
    await expect(bar.getByRole('link', { name: 'Email' })).toHaveAttribute('href', /^mailto:\?subject=/);
    await expect(bar.getByRole('button')).toHaveCount(0);
  });
});

test('a heading shows its # link on focus and on hover, and the link lands on the heading', async ({ page }) => {
  await page.goto(ARTICLE);
  const heading = page.getByRole('heading', {
    level: 2,
    name: 'Why did Astana stay neutral, and what is the multivector policy?',
  });
  const anchor = page.getByRole('link', {
    name: 'Link to this section: Why did Astana stay neutral, and what is the multivector policy?',
  });
  const opacity = () => anchor.evaluate((a) => getComputedStyle(a).opacity);
  expect(await opacity()).toBe('0');
  await anchor.focus();
  expect(await opacity()).toBe('1');
  await anchor.blur();
  await heading.hover();
  expect(await opacity()).toBe('1');
  await anchor.click();
  await expect(page).toHaveURL(/#why-did-astana-stay-neutral-and-what-is-the-multivector-policy$/);
  await expect(page.locator(':target')).toHaveText('Why did Astana stay neutral, and what is the multivector policy?');
});

test('a link to a paragraph lands on it and marks it', async ({ page }) => {
  await page.goto(`${ARTICLE}#why-did-astana-stay-neutral-and-what-is-the-multivector-policy-p2`);
  const target = page.locator(':target');
  await expect(target).toHaveAttribute('id', 'why-did-astana-stay-neutral-and-what-is-the-multivector-policy-p2');
  await expect(target).toBeInViewport();
  expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
});

test('a reader who follows a topic’s RSS link lands on the subscribe page at that topic, with one-click links', async ({
  page,
}) => {
  await page.goto('/topics/gaza-ceasefire/');
  await page.getByRole('link', { name: 'Follow this topic by RSS' }).click();
  await expect(page).toHaveURL(/\/subscribe\/#topic-gaza-ceasefire$/);
  const entry = page.locator(':target');
  const feed = 'https://multivector.example/topics/gaza-ceasefire/rss.xml';
  await expect(entry.getByText(feed)).toBeVisible();
  await expect(entry.getByRole('link', { name: 'Add Gaza ceasefire (RSS) to Inoreader' })).toHaveAttribute(
    'href',
    `https://www.inoreader.com/?add_feed=${encodeURIComponent(feed)}`,
  );
});

test('the subscribe page copies a feed address', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('/subscribe/');
  await page.getByRole('button', { name: 'Copy address' }).first().click();
  await expect(page.getByRole('status').first()).toHaveText('Address copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://multivector.example/rss.xml');
});
