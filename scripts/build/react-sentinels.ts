import type { Plugin } from 'vite';

/**
 * React DOM builds five `Error` objects when its module loads: sentinels that it throws and catches
 * itself to suspend a render or to leave hydration, compared by identity and never shown. In a
 * browser driven over the DevTools protocol (every Playwright test, Lighthouse, an open DevTools)
 * building an Error records its stack with line and column for every frame, and one frame below
 * React's own is the top level of the chunk being evaluated: V8 re-parses the whole 650 KB portal
 * chunk to number its lines. That made the chunk's evaluation 135-240 ms there, against 25-41 ms
 * with stackless sentinels (this machine, docs/performance.md); a browser without DevTools never
 * paid it (16-23 ms either way).
 *
 * The production build makes them objects with Error's prototype and message but no stack: the same
 * sentinels, the same `instanceof Error`, thrown and caught the same way. If a React upgrade changes
 * these lines, the build stops here (and its unit test fails) instead of silently paying again.
 */
const SENTINELS = [
  'HydrationMismatchException',
  'SuspenseException',
  'SuspenseyCommitException',
  'SuspenseActionException',
  'SelectiveHydrationException',
] as const;

/** React DOM's client build for production, as the bundler resolves `react-dom/client`. */
export const REACT_DOM_CLIENT_MODULE =
  /[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/;

const HELPER = 'stacklessReactSentinel';
const HELPER_SOURCE = `
function ${HELPER}(message) {
  return Object.create(Error.prototype, {
    message: { value: message, writable: true, configurable: true },
  });
}
`;

/** React DOM's client code with its module-level sentinels built without a stack. */
export function stacklessSentinels(code: string): string {
  let patched = code;
  for (const name of SENTINELS) {
    const declared = new RegExp(`\\b${name} = Error\\(formatProdErrorMessage\\((\\d+)\\)\\)`, 'g');
    const found = [...patched.matchAll(declared)];
    if (found.length !== 1) {
      throw new Error(
        `react-sentinels: React DOM's code has changed (expected one \`${name} = Error(...)\`, ` +
          `found ${found.length}); see scripts/build/react-sentinels.ts`,
      );
    }
    patched = patched.replace(declared, `${name} = ${HELPER}(formatProdErrorMessage($1))`);
  }
  // A function declaration at the end: hoisted, and the module's "use strict" stays first.
  return `${patched}\n${HELPER_SOURCE}`;
}

/** The build's side of it (the dev server runs React's development build, which it leaves alone). */
export function reactSentinelsWithoutStacks(): Plugin {
  return {
    name: 'react-sentinels-without-stacks',
    apply: 'build',
    transform: (code, id) =>
      REACT_DOM_CLIENT_MODULE.test(id) ? { code: stacklessSentinels(code), map: null } : null,
  };
}
