import { describe, expect, it } from 'vitest';
import loader from 'astro/runtime/server/astro-island.prebuilt.js';
import { ISLAND_SCRIPTS, externalIslandScripts } from '../../src/lib/island-scripts';

const visible = ISLAND_SCRIPTS.find((s) => s.path.includes('client-visible'))!;
const island = ISLAND_SCRIPTS.find((s) => s.path.includes('astro-island'))!;

describe('Astro’s island scripts leave the document for files of their own', () => {
  it('replaces the inline directive and loader by deferred scripts, in the same order', () => {
    const html = `<p>a</p><script>${visible.text}</script><script>${loader}</script><astro-island></astro-island>`;
    expect(externalIslandScripts(html)).toBe(
      `<p>a</p><script src="${visible.path}" defer></script><script src="${island.path}" defer></script><astro-island></astro-island>`,
    );
  });

  it('leaves every other inline script as it is', () => {
    const html = '<script>localStorage.getItem("theme")</script>';
    expect(externalIslandScripts(html)).toBe(html);
  });
});
