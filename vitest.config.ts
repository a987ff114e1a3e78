import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['local/node20-polyfills.ts', 'test/support/bus-events-validatie.ts'],
    testTimeout: 30_000,
    env: { LOG_LEVEL: 'SILENT' },
    hookTimeout: 60_000,
  },
});
