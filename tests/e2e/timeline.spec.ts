import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { wcagScan } from './axe';

const TIMELINE = '/timeline/';
const EXPLAINER = '/articles/kazakhstan-gaza-ceasefire-explained/';
const events = (page: Page) => page.locator('.timeline-event');
const shown = (page: Page) => page.locator('.timeline-event:visible');
/** How many events the page lists, on one track or on all. */
const count = (page: Page, track?: string) =>
  page.locator(track ? `.timeline-event[data-track="${track}"]` : '.timeline-event').count();
// The timeline's own status line (an article's share bar has one too, for "Link copied").
const status = (page: Page) => page.locator('.timeline-status');
const filter = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Show events from' }).getByRole('button', { name });

/** The order a date sorts in: a year or month sorts at its start. */
const sortKey = (datetime: string) => (datetime + '-00-00').slice(0, 10);

test.describe('with JavaScript on', () => {
  test('a track filter shows that track only, says so, and keeps it in the address', async ({ page }) => {
    await page.goto(TIMELINE);
    const TOTAL = await count(page);
    const KAZAKHSTAN = await count(page, 'kazakhstan');
    await expect(status(page)).toHaveText(`Showing all ${TOTAL} entries`);
    await expect(filter(page, 'All events')).toHaveAttribute('aria-pressed', 'true');

    await filter(page, 'Kazakhstan').click();
    await expect(filter(page, 'Kazakhstan')).toHaveAttribute('aria-pressed', 'true');
    await expect(filter(page, 'All events')).toHaveAttribute('aria-pressed', 'false');
    await expect(status(page)).toHaveText(`Showing ${KAZAKHSTAN} of ${TOTAL} entries`);
    await expect(shown(page)).toHaveCount(KAZAKHSTAN);
    for (const track of await shown(page).locator('.timeline-track').allTextContents())
      expect(track).toBe('Kazakhstan');
    await expect(page).toHaveURL(/\/timeline\/\?track=kazakhstan$/);

    await filter(page, 'All events').click();
    await expect(shown(page)).toHaveCount(TOTAL);
    await expect(page).toHaveURL(/\/timeline\/$/);
  });

  test('a shared filtered address opens filtered', async ({ page }) => {
    await page.goto(`${TIMELINE}?track=ceasefire`);
    const [TOTAL, CEASEFIRE] = [await count(page), await count(page, 'ceasefire')];
    await expect(status(page)).toHaveText(`Showing ${CEASEFIRE} of ${TOTAL} entries`);
    await expect(filter(page, 'Gaza: war and ceasefire')).toHaveAttribute('aria-pressed', 'true');
    await expect(shown(page)).toHaveCount(CEASEFIRE);
    await expect(shown(page).first()).toContainText('Gaza: war and ceasefire');
  });

  test('the explainer’s day-by-day list takes each event to its place on the timeline', async ({ page }) => {
    await page.goto(EXPLAINER);
    const digest = page.locator('.timeline-digest');
    const link = digest.getByRole('listitem').first().getByRole('link');
    const headline = (await link.textContent())!.trim();
    await link.click();
    await expect(page).toHaveURL(/\/timeline\/#event-[a-z0-9-]+$/);
    await expect(page.locator(':target')).toContainText(headline);
    await expect(page.locator(':target')).toBeInViewport();
  });

  test('a permalink lands on its event, highlighted, even when the filter would hide it', async ({ page }) => {
    await page.goto(`${TIMELINE}?track=kazakhstan`);
    const [TOTAL, KAZAKHSTAN] = [await count(page), await count(page, 'kazakhstan')];
    await expect(shown(page)).toHaveCount(KAZAKHSTAN);
    const statement = page.locator('#event-mfa-condemns-attacks-2023-10-17');
    await statement.getByRole('link', { name: /Hamas attacks southern Israel/ }).click();

    const milestone = page.locator('#event-hamas-attack-2023-10-07');
    await expect(page).toHaveURL(/\/timeline\/#event-hamas-attack-2023-10-07$/);
    await expect(filter(page, 'All events')).toHaveAttribute('aria-pressed', 'true');
    await expect(milestone).toBeVisible();
    await expect(milestone).toBeInViewport();
    await expect(milestone).toHaveCSS('outline-style', 'solid');
    await expect(milestone.getByRole('link', { name: /The Foreign Ministry condemns the attacks/ })).toHaveAttribute(
      'href',
      '#event-mfa-condemns-attacks-2023-10-17',
    );

    await page.goto(`${TIMELINE}?track=kazakhstan#event-tokayev-backs-peace-plan-2025-09-30`);
    await expect(status(page)).toHaveText(`Showing ${KAZAKHSTAN} of ${TOTAL} entries`);
    await expect(page.locator('#event-tokayev-backs-peace-plan-2025-09-30')).toBeInViewport();

    await page.goto(`${TIMELINE}#event-outcome-expected-by-midweek-2025-10-15`);
    const expectation = page.locator('#event-outcome-expected-by-midweek-2025-10-15');
    await expect(expectation).toBeInViewport();
    await expect(expectation).toHaveCSS('outline-style', 'solid');
  });

  test('two columns, ceasefire | Kazakhstan, at 1280 px; one column at 375 px', async ({ page }) => {
    const left = (id: string) => page.locator(`#event-${id}`).evaluate((el) => el.getBoundingClientRect().left);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(TIMELINE);
    const ceasefire = await left('hamas-attack-2023-10-07');
    const kazakhstan = await left('mfa-condemns-attacks-2023-10-17');
    expect(kazakhstan - ceasefire).toBeGreaterThan(300);
    // An event and the statement that answers it a few days later sit side by side.
    const top = (id: string) => page.locator(`#event-${id}`).evaluate((el) => el.getBoundingClientRect().top);
    expect(await top('mfa-condemns-attacks-2023-10-17')).toBe(await top('hamas-attack-2023-10-07'));

    await filter(page, 'Kazakhstan').click();
    expect(await left('mfa-condemns-attacks-2023-10-17')).toBe(ceasefire);

    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(TIMELINE);
    expect(await left('mfa-condemns-attacks-2023-10-17')).toBe(await left('hamas-attack-2023-10-07'));
  });

  test('printing shows every event, whatever the filter, with its source', async ({ page }) => {
    await page.goto(`${TIMELINE}?track=kazakhstan`);
    await expect(shown(page)).toHaveCount(await count(page, 'kazakhstan'));
    await page.emulateMedia({ media: 'print' });
    await expect(shown(page)).toHaveCount(await count(page));
    await expect(page.getByRole('group', { name: 'Show events from' })).toBeHidden();
    const citation = page.locator('#event-palestine-recognised-1992 a[data-cite]');
    const printed = await citation.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(printed).toContain('/sources/kazakhstan-diplomatic-balance-gaza-ceasefire/#s16');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing once filtered, ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${TIMELINE}#event-first-phase-agreed-2025-10-08`);
      await filter(page, 'Gaza: war and ceasefire').click();
      await expect(status(page)).toHaveText(
        `Showing ${await count(page, 'ceasefire')} of ${await count(page)} entries`,
      );
      const { violations } = await wcagScan(page);
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test('the timeline loads at most 12 KB of JavaScript, gzipped; other pages load none of it', async ({ page }) => {
    const loaded: string[] = [];
    const sizes: Promise<number>[] = [];
    let measuring = true;
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      loaded.push(new URL(response.url()).pathname);
      if (measuring) sizes.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
    });
    await page.goto(TIMELINE, { waitUntil: 'networkidle' });
    await expect(filter(page, 'All events')).toBeVisible();
    let bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    for (const script of await page.locator('script:not([src])').allTextContents()) {
      bytes += gzipSync(script, { level: 9 }).length;
    }
    expect(loaded.some((url) => url.includes('preact'))).toBe(true);
    expect(loaded.filter((url) => url.includes('signals'))).toEqual([]);
    expect(bytes).toBeLessThanOrEqual(12 * 1024);

    measuring = false;
    loaded.length = 0;
    await page.goto('/articles/kazakhstan-maintains-diplomatic-balance/', { waitUntil: 'networkidle' });
    // The page's own small scripts (theme, copy, share) load; nothing of the island does.
    expect(loaded.filter((url) => /preact|signals|TimelineFilter|\/islands\/|\/client\./.test(url))).toEqual([]);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the timeline is every event, in date order, each with its evidence and a permalink', async ({ page }) => {
    await page.goto(TIMELINE);
    const TOTAL = await count(page);
    await expect(shown(page)).toHaveCount(TOTAL);
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(status(page)).toHaveText(`Showing all ${TOTAL} entries`);

    const dates = await page
      .locator('.timeline-event h2 time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
    expect(dates).toHaveLength(TOTAL);
    expect(dates.map(sortKey)).toEqual(dates.map(sortKey).sort());
    expect(dates).toEqual(expect.arrayContaining(['1992', '2023', '2023-10', '2023-11', '2025-10-13', '2025-10-15']));

    for (const event of await events(page).all()) {
      const id = (await event.getAttribute('id'))!;
      await expect(event.locator('.timeline-track'), id).toHaveText(/^(Gaza: war and ceasefire|Kazakhstan)$/);
      await expect(event.locator('.timeline-summary'), id).not.toBeEmpty();
      const evidence = event.locator('.timeline-evidence');
      await expect(evidence.locator('q[cite] + a[href^="/sources/"], a[rel="external"]').first(), id).toBeVisible();
      await expect(event.getByRole('link', { name: /^Link to this event/ }), id).toHaveAttribute('href', `#${id}`);
    }
    await expect(page.locator('.timeline-context .timeline-badge').first()).toHaveText(/\bContext$/);
    await expect(page.locator('.timeline-context .timeline-badge').last()).toHaveText(/What happened next$/);
    // Gaps are never told shorter than they are (6 months and 29 days is "More than 6 months").
    await expect(page.locator('.timeline-gap:visible')).toHaveText([
      '31 years later',
      'More than 6 months later',
      'More than 15 months later',
    ]);
  });

  test('relative dates say how they were worked out', async ({ page }) => {
    await page.goto(TIMELINE);
    const hostages = page.locator('#event-hostages-handed-over-2025-10-13');
    await expect(hostages.locator('time')).toHaveAttribute('datetime', '2025-10-13');
    await expect(hostages.locator('.timeline-note')).toContainText('published on Monday 13 October 2025');
    const midweek = page.locator('#event-outcome-expected-by-midweek-2025-10-15');
    await expect(midweek.getByRole('heading')).toContainText('Around 15 October 2025');
    await expect(midweek).toContainText('Expectation, not an event');
  });

  test('a permalink lands on its event and highlights it', async ({ page }) => {
    await page.goto(`${TIMELINE}#event-mfa-welcomes-us-initiative-2024-06-04`);
    const event = page.locator('#event-mfa-welcomes-us-initiative-2024-06-04');
    await expect(event).toBeInViewport();
    await expect(event).toHaveCSS('outline-style', 'solid');
  });

  test('the explainer lists the days of the ceasefire, in date order, each dated as the evidence allows', async ({
    page,
  }) => {
    await page.goto(EXPLAINER);
    const digest = page.locator('.timeline-digest li');
    const dates = await digest.locator('time').evaluateAll((t) => t.map((e) => e.getAttribute('datetime')!));
    expect(dates[0]).toBe('2025-09-30');
    expect(dates.at(-1)).toBe('2025-10-13');
    expect(dates).toEqual([...dates].sort());
    await expect(digest.filter({ hasText: 'Tokayev welcomes the ceasefire agreement' })).toContainText('(inferred)');
  });
});
