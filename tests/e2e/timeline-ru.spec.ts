import { expect, test, type Page } from '@playwright/test';
import { wcagScan } from './axe';

// The Russian edition's timeline of the first story, and the English one it translates.
const TIMELINE = '/ru/stories/kazakhstan-gaza-ceasefire/timeline/';
const ENGLISH = '/stories/kazakhstan-gaza-ceasefire/timeline/';
const STORY = '/ru/stories/kazakhstan-gaza-ceasefire/';
const KAZAKHSTAN = 'Казахстан';
const CEASEFIRE = 'Газа: война и прекращение огня';

const shown = (page: Page) => page.locator('.timeline-event:visible');
const count = (page: Page, track?: string) =>
  page.locator(track ? `.timeline-event[data-track="${track}"]` : '.timeline-event').count();
const status = (page: Page) => page.locator('.timeline-status');
const filter = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Показать события' }).getByRole('button', { name, exact: true });

test.describe('with JavaScript on', () => {
  test('a track filter shows that track only, says so in Russian, and keeps it in the address', async ({ page }) => {
    await page.goto(TIMELINE);
    const TOTAL = await count(page);
    const OURS = await count(page, 'kazakhstan');
    await expect(status(page)).toHaveText(`Показаны все ${TOTAL} записей`);
    await expect(filter(page, 'Все события')).toHaveAttribute('aria-pressed', 'true');

    await filter(page, KAZAKHSTAN).click();
    await expect(filter(page, KAZAKHSTAN)).toHaveAttribute('aria-pressed', 'true');
    await expect(status(page)).toHaveText(`Показано ${OURS} из ${TOTAL} записей`);
    await expect(shown(page)).toHaveCount(OURS);
    for (const track of await shown(page).locator('.timeline-track').allTextContents()) expect(track).toBe(KAZAKHSTAN);
    await expect(page).toHaveURL(/\/ru\/stories\/kazakhstan-gaza-ceasefire\/timeline\/\?track=kazakhstan$/);

    await filter(page, 'Все события').click();
    await expect(shown(page)).toHaveCount(TOTAL);
  });

  test('a permalink shared from the English timeline lands on the same event, in Russian', async ({ page }) => {
    await page.goto(`${TIMELINE}?track=kazakhstan#event-hamas-attack-2023-10-07`);
    const event = page.locator('#event-hamas-attack-2023-10-07');
    await expect(filter(page, 'Все события')).toHaveAttribute('aria-pressed', 'true');
    await expect(event).toBeInViewport();
    await expect(event).toHaveCSS('outline-style', 'solid');
    await expect(event.locator('.timeline-track')).toHaveText(CEASEFIRE);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on the Russian timeline once filtered, ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(TIMELINE);
      await filter(page, CEASEFIRE).click();
      await expect(status(page)).toHaveText(
        `Показано ${await count(page, 'ceasefire')} из ${await count(page)} записей`,
      );
      const { violations } = await wcagScan(page);
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the Russian timeline is every event of the English one, each with its evidence and permalink', async ({
    page,
  }) => {
    await page.goto(ENGLISH);
    const english = await page.locator('.timeline-event').evaluateAll((els) => els.map((e) => e.id));
    await page.goto(TIMELINE);
    await expect(shown(page)).toHaveCount(english.length);
    expect(await page.locator('.timeline-event').evaluateAll((els) => els.map((e) => e.id))).toEqual(english);
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(status(page)).toHaveText(`Показаны все ${english.length} записей`);

    for (const event of await page.locator('.timeline-event').all()) {
      const id = (await event.getAttribute('id'))!;
      await expect(event.locator('.timeline-track'), id).toHaveText(new RegExp(`^(${CEASEFIRE}|${KAZAKHSTAN})$`));
      await expect(event.locator('.timeline-summary'), id).not.toBeEmpty();
      await expect(
        event.locator('q[cite][lang="en"] + a[href^="/ru/sources/"], a[rel="external"]').first(),
        id,
      ).toBeVisible();
      await expect(event.getByRole('link', { name: /^Ссылка на это событие/ }), id).toHaveAttribute('href', `#${id}`);
    }
    await expect(page.locator('.timeline-gap:visible')).toHaveText([
      'Спустя 31 год',
      'Спустя более 6 месяцев',
      'Спустя более 15 месяцев',
    ]);
  });

  test('a quotation keeps the source’s words, with our translation of the passage marked as ours', async ({ page }) => {
    await page.goto(TIMELINE);
    const event = page.locator('#event-palestine-recognised-1992');
    await expect(event.locator('q[lang="en"]')).toHaveText(
      'Kazakhstan recognized the State of Palestine in 1992 and established diplomatic ties',
    );
    await expect(event.locator('.timeline-translation')).toContainText('Наш перевод фрагмента:');
    await event.getByRole('link', { name: /предложение 16/ }).click();
    await expect(page).toHaveURL(/\/ru\/sources\/kazakhstan-diplomatic-balance-gaza-ceasefire\/#s16$/);
  });

  test('the Russian story page leads to its timeline and names its tracks', async ({ page }) => {
    await page.goto(STORY);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Казахстан и прекращение огня в Газе');
    await expect(page.locator('.story-track strong')).toHaveText([CEASEFIRE, KAZAKHSTAN]);
    await page.getByRole('link', { name: 'Хронология: прекращение огня и заявления Казахстана' }).click();
    await expect(page).toHaveURL(new RegExp(`${TIMELINE}$`));
  });
});
