import { z } from 'zod';

/**
 * `z.string().min(1)` whose length check runs only on a string. zod runs a
 * length check on any value with a `length` and compares it, so
 * `{ length: Symbol() }` made `safeParse` throw; here such a value is only
 * "expected string". The message and the JSON schema (`minLength: 1`) are
 * those of `z.string().min(1)`.
 *
 * @internal
 */
export function nonEmptyString(): z.ZodString {
  // min()'s options leave `when` out of their type, but the check reads it
  const onlyStrings = { when: (payload: z.core.ParsePayload) => typeof payload.value === 'string' };
  return z.string().min(1, onlyStrings as z.core.$ZodCheckMinLengthParams);
}
