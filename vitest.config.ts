import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two cores: one worker per core, no more.
    maxWorkers: 2,
    projects: [
      {
        // The library itself: behaviour, types and properties, run on src/.
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test-prop.ts'],
          exclude: ['test/package/**'],
          typecheck: {
            enabled: true,
            include: ['test/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
          },
        },
      },
      {
        // The built package: dist/ is rebuilt once before these tests, which
        // compare the ESM and CommonJS builds and bundle single imports.
        extends: true,
        test: {
          name: 'package',
          include: ['test/package/**/*.test.ts'],
          globalSetup: ['test/package/buildOnce.ts'],
          // The first import of a whole built bundle took over 5 s on a loaded machine.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
