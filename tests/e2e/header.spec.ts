/**
 * The header keeps one row at every width a reader may have, in every edition's words: its links never run
 * under the theme button (Russian words are longer; measured from 320 px, the width WCAG's reflow asks for).
 */
import { expect, test } from '@playwright/test';
import { EDITIONS } from '../../src/lib/editions';
import { localizedPath } from '../../src/lib/paths';

const WIDTHS = [320, 336, 352, 360, 375, 390, 414, 480, 640, 700, 768, 1024];

for (const { lang } of EDITIONS) {
  test(`the ${lang} header's links stay clear of the theme button from 320 to 1,024 px`, async ({ page }) => {
    const crowded: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 600 });
      await page.goto(localizedPath('/', lang));
      const overlap = await page.evaluate(() => {
        const nav = document.querySelector('header nav')!.getBoundingClientRect();
        const links = document.querySelector('header nav ul')!;
        const button = document.querySelector('header [data-theme-toggle]')!.getBoundingClientRect();
        return Math.round(nav.left + links.scrollWidth - button.left);
      });
      if (overlap > 0) crowded.push(`${width} px: ${overlap} px under the button`);
    }
    expect(crowded).toEqual([]);
  });
}
