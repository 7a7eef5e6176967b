import { z } from 'zod';
import { nonEmptyString } from './parts/nonEmptyString.js';

/**
 * Checks a department (部门) that has windows in a service centre, such as
 * 区卫计局: a stable `id` and the `name` a report prints. Unknown keys are
 * rejected, so a misspelt field is an error rather than a loss.
 *
 * ```text
 * Department = { id: non-empty string, name: non-empty string }
 * ```
 *
 * @example
 * ```ts
 * DepartmentSchema.parse({ id: 'health', name: '区卫计局' });
 * // => { id: 'health', name: '区卫计局' }
 * ```
 * @category Models
 */
export const DepartmentSchema = z.strictObject({
  /** A stable identifier, unique among departments. Any string, `"__proto__"` included. */
  id: nonEmptyString(),
  /** The name printed in reports, such as 区卫计局. */
  name: nonEmptyString(),
});

/**
 * A department: `z.infer<typeof DepartmentSchema>`.
 *
 * @category Models
 */
export type Department = z.infer<typeof DepartmentSchema>;
