import { fc } from '@fast-check/vitest';

// Mutation testing only (vitest.mutation.config.ts): the same inputs on every
// run, so that a mutant killed once is killed again.
fc.configureGlobal({ seed: 20190220 });
