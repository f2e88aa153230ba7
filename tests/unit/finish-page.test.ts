import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import loader from 'astro/runtime/server/astro-island.prebuilt.js';
import { finishPage } from '../../src/lib/finish-page';
import { ISLAND_SCRIPTS } from '../../src/lib/island-scripts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const island = ISLAND_SCRIPTS.find((s) => s.path.includes('astro-island'))!;
const ISLAND_RULE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
const THEME = 'applyTheme()';

/** A page as Astro renders one with the timeline island: the policy last in <head>, listing every hash of the site. */
const rendered = `<!doctype html><html><head><meta charset="utf-8"><title>t</title><script>${THEME}</script><meta http-equiv="content-security-policy" content="script-src 'self' ${hash(loader)} ${hash(THEME)} 'sha256-b3RoZXIgcGFnZQ=='; style-src 'self' ${hash('astro-island,astro-slot,astro-static-slot{display:contents}')}"></head><body>${ISLAND_RULE}<script>${loader}</script><astro-island></astro-island></body></html>`;

describe('finishPage: a page as it leaves the build', () => {
  const page = finishPage(rendered);

  it.each([
    [
      'the island loader is a file of its own, not in the document',
      page.includes(`<script src="${island.path}" defer></script>`) && !page.includes(loader),
    ],
    ['the island rule is in <head>, where HTML allows a <style>', page.indexOf(ISLAND_RULE) < page.indexOf('</head>')],
    [
      'the policy comes straight after the charset, before the inline script it governs',
      /<meta charset="utf-8"><meta http-equiv="content-security-policy"/.test(page),
    ],
    [
      'the policy lists the hashes of what is still inline on the page, and no other',
      page.includes(hash(THEME)) && !page.includes(hash(loader)) && !page.includes('b3RoZXIgcGFnZQ'),
    ],
  ])('%s', (_, holds) => expect(holds).toBe(true));

  it('leaves a finished page as it is', () => expect(finishPage(page)).toBe(page));
});
