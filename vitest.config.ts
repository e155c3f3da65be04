import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // expect.poll waits 1 s by default: a browser page on a loaded machine can take longer to update
    expect: { poll: { timeout: 15_000 } },
    globalSetup: ['test/global-setup.ts'],
  },
});
