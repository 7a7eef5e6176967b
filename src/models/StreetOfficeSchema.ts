import { z } from 'zod';
import { nonEmptyString } from './parts/nonEmptyString.js';

/**
 * Checks a street office's service centre (街道办事处为民服务中心), such as
 * 红云街道为民服务中心: a stable `id` and the `name` a report prints.
 *
 * ```text
 * StreetOffice = { id: non-empty string, name: non-empty string }
 * ```
 *
 * @example
 * ```ts
 * StreetOfficeSchema.parse({ id: 'hongyun', name: '红云街道为民服务中心' });
 * // => { id: 'hongyun', name: '红云街道为民服务中心' }
 * ```
 * @category Models
 */
export const StreetOfficeSchema = z.strictObject({
  /** A stable identifier, unique among street offices. */
  id: nonEmptyString(),
  /** The name printed in reports. */
  name: nonEmptyString(),
});

/**
 * A street office: `z.infer<typeof StreetOfficeSchema>`.
 *
 * @category Models
 */
export type StreetOffice = z.infer<typeof StreetOfficeSchema>;
