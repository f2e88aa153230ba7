/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig lets the few component tests render .astro files with the Container API.
export default getViteConfig({
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
  },
});
