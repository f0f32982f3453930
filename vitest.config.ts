import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['tests/setup/build-templates.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      // The static checks (tsc, astro check, Biome) run first and alone: they are CPU-heavy, and
      // `astro sync` writes .astro/, which the end-to-end tests' `astro build` writes too.
      { extends: true, test: { name: 'checks', include: ['tests/build/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: {
          name: 'tests',
          include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: ['tests/build/**'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
