import { defineConfig } from 'vitest/config';
import { CheapFirstSequencer } from './test/support/cheapFirstSequencer.js';

// The tests that mutation testing runs (npm run mutation): the unit and
// property tests of src/. Not the type tests (a runtime mutant cannot fail a
// type test), not test/package (it tests dist/, which a mutant of src/ does
// not change) and not test/docs (it reads the doc comments from the source
// text, which the mutation tool rewrites), nor test/cli/spawn.test.ts (it
// runs the command as a child process: the I/O glue that is not mutated), nor
// the .docx opened in LibreOffice (a conversion of seconds for each mutant; the
// structural tests of the .docx read the same document's XML).
// Property tests run from a fixed seed so that a mutant's fate does not
// change from one run to the next.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test-prop.ts'],
    exclude: ['test/package/**', 'test/docs/**', 'test/cli/spawn.test.ts', 'test/cli/write/writeReportDocx.libreoffice.test.ts', '**/node_modules/**'],
    setupFiles: ['test/support/fixedSeed.ts'],
    // Cheap test files first, so that a mutant dies in a fast test when it can.
    sequence: { sequencer: CheapFirstSequencer },
    // One module graph for all files: the tests are pure, and loading it
    // afresh for each of them costs ten times the tests themselves.
    isolate: false,
    // Instrumented code on a loaded machine: the CLI tests that read a
    // 1.5 MB CSV take several seconds.
    testTimeout: 30_000,
  },
});
