import { defineConfig } from 'tsup';

// Every module is its own entry and code splitting is on, so that a bundler
// importing one function from the package root keeps only that function's
// modules: `completionRate` alone never pulls in zod.
export default defineConfig({
  entry: ['src/**/*.ts'],
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  splitting: true,
  treeshake: false,
  clean: true,
  sourcemap: false,
  target: 'es2022',
  outDir: 'dist',
});
