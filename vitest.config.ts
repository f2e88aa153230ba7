/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig lets the few component tests render .astro files with the Container API.
// Projects: `unit` runs before the build, `dist` checks the built site in dist/ after it,
// `build` builds broken copies of the project and reads the errors.
export default getViteConfig({
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'] } },
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
      // Real builds of broken copies of the project: slow, so run one file at a time with a long timeout.
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000, fileParallelism: false },
      },
    ],
  },
});
