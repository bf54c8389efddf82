// The schema library of the contract and of everything that parses with it: zod's "mini" build,
// whose functions tree-shake, instead of the classic one, which puts every method on every schema
// (about 50 KB less JavaScript on the first load, and schemas that are quicker to build).
// - English messages, as the classic build sets them itself: the mock's 400 answers quote them.
// - `jitless`: parse without compiling code at run time. The build's Content-Security-Policy allows
//   no 'unsafe-eval', and zod's probe for `new Function` would be reported as a violation.
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config({ ...en(), jitless: true });

export { z };
