import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA, as axe tags it. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe over the page at WCAG 2.2 AA, plus label in name (WCAG 2.5.3): a control's visible text is part
 * of its accessible name, so a reader who says what they see ("click s4") reaches it. axe marks that rule
 * experimental and leaves it out of its tags, so it is named here.
 */
export const wcagScan = (page: Page) =>
  new AxeBuilder({ page })
    .options({
      runOnly: { type: 'tag', values: WCAG },
      rules: { 'label-content-name-mismatch': { enabled: true } },
    })
    .analyze();
