import { z } from '@/contract/zod';

/**
 * ARM's list envelope, `{ "value": [...], "nextLink": "..." }`, around `item`: built on its first
 * parse, as every module-level schema of the contract is (src/contract/zod.ts).
 */
export function armListSchema<T extends z.core.SomeType>(item: T) {
  return z.lazy(() => z.object({ value: z.array(item), nextLink: z.optional(z.string()) }));
}
