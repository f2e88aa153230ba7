import { defineConfig } from 'vitest/config';

// Checks of the built site in dist/, run by `npm run test:built` after `npm run build`:
// feeds, link previews, structured data, sitemap, permalinks. No browser needed.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/built/**/*.test.ts'],
  },
});
