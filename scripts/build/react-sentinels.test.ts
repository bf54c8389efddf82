import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REACT_DOM_CLIENT_MODULE, stacklessSentinels } from './react-sentinels';

const reactDomRoot = dirname(createRequire(import.meta.url).resolve('react-dom/package.json'));
const clientModule = join(reactDomRoot, 'cjs', 'react-dom-client.production.js');

describe('React DOM sentinels without stacks: no re-parse of the portal chunk under DevTools', () => {
  it('finds the installed React DOM client build by its path, and only that one', () => {
    expect(REACT_DOM_CLIENT_MODULE.test(clientModule)).toBe(true);
    expect(
      REACT_DOM_CLIENT_MODULE.test(join(reactDomRoot, 'cjs', 'react-dom-client.development.js')),
    ).toBe(false);
  });

  it('builds the five module-level sentinels without Error(), and nothing else', () => {
    const source = readFileSync(clientModule, 'utf8');
    const patched = stacklessSentinels(source);
    expect(patched).toContain(
      'SuspenseException = stacklessReactSentinel(formatProdErrorMessage(460))',
    );
    expect(patched.match(/stacklessReactSentinel\(formatProdErrorMessage/g)).toHaveLength(5);
    // Errors made when something goes wrong keep their stacks.
    const errorCalls = (code: string) => code.match(/\bError\(/g)?.length ?? 0;
    expect(errorCalls(source) - errorCalls(patched)).toBe(5);
  });

  it('makes sentinels that behave as React uses them: an Error by prototype, with its message', () => {
    const patched = stacklessSentinels(
      [
        'var formatProdErrorMessage = (code) => "Minified React error #" + code;',
        'var HydrationMismatchException = Error(formatProdErrorMessage(519));',
        'var SuspenseException = Error(formatProdErrorMessage(460)),',
        '  SuspenseyCommitException = Error(formatProdErrorMessage(474)),',
        '  SuspenseActionException = Error(formatProdErrorMessage(542));',
        'var SelectiveHydrationException = Error(formatProdErrorMessage(461));',
        'return { SuspenseException, SuspenseActionException };',
      ].join('\n'),
    );
    const made = new Function(patched)() as Record<string, Error>;
    const sentinel = made.SuspenseException as Error;
    expect(sentinel).toBeInstanceOf(Error);
    expect(sentinel.message).toBe('Minified React error #460');
    expect(sentinel).not.toBe(made.SuspenseActionException);
    expect(() => {
      throw sentinel;
    }).toThrow(sentinel);
  });

  it('stops the build when React DOM’s code no longer matches, instead of silently paying again', () => {
    expect(() => stacklessSentinels('var SuspenseException = new Error("x");')).toThrow(
      /React DOM's code has changed/,
    );
  });
});
