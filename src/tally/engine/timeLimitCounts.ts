import type { TimeLimitTally } from '../TallyResult.js';

/**
 * The eight counts of a {@link TimeLimitTally}, in the order the accumulator
 * keeps them in its cells and the checks of groups read them.
 *
 * @internal
 */
export const TIME_LIMIT_COUNTS = [
  'immediate',
  'committed',
  'immediateCompleted',
  'committedCompleted',
  'completedEarly',
  'completedLate',
  'overdueInProgress',
  'workingDaysTaken',
] as const satisfies readonly (keyof TimeLimitTally)[];
