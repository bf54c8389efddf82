// The schema library of the contract and of everything that parses with it: zod's "mini" build,
// whose functions tree-shake, instead of the classic one, which puts every method on every schema
// (about 50 KB less JavaScript on the first load, and schemas that are quicker to build).
// - English messages, as the classic build sets them itself: the mock's 400 answers quote them.
// - `jitless`: parse without compiling code at run time. The build's Content-Security-Policy allows
//   no 'unsafe-eval', and zod's probe for `new Function` would be reported as a violation.
// - Module-level schemas are `z.lazy(() => ...)`: zod builds every node of a schema when it is
//   declared, which cost the mock's chunk 60 ms of its evaluation on each page load (87 -> 26 ms,
//   median of 9 loads, docs/performance.md). A lazy schema is built on its first parse, and only the
//   schemas a page uses are. The lint config refuses an eager one at module level.
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config({ ...en(), jitless: true });

export { z };

/** The schema a `z.lazy` stands for, built now: for what needs the schema itself (pick, extend, shape). */
export function built<T extends z.core.SomeType>(schema: z.ZodMiniLazy<T>): T {
  return schema._zod.innerType;
}
