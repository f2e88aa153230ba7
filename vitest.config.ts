/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig lets the few component tests render .astro files with the Container API.
// Two projects: `unit` runs before the build, `dist` checks the built site in dist/ after it.
export default getViteConfig({
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
    ],
  },
});
