import { describe, expect, it } from 'vitest';
import { firstLoadMembers, type ProbeChunk } from './first-load-chunks';

// A probe build as automatic splitting leaves it. The entry imports the session module only; the
// portal and the mock share the contract; the landing blade shares a button with a lazy blade; the
// mock shares a support contract module with a lazy support blade.
const chunk = (fileName: string, moduleIds: string[], imports: string[] = []): ProbeChunk => ({
  fileName,
  isEntry: fileName === 'index.js',
  moduleIds,
  imports,
});
const chunks: ProbeChunk[] = [
  chunk('index.js', ['/src/app/main.tsx'], ['session.js']),
  chunk('session.js', ['/src/lib/session.ts']),
  chunk('portal.js', ['/src/app/portal.tsx'], ['react.js', 'contract.js', 'session.js']),
  chunk('react.js', ['/nm/react/index.js']),
  chunk('contract.js', ['/src/contract/arm.ts', '/nm/zod/index.js']),
  chunk('button.js', ['/nm/button/index.js'], ['react.js']),
  chunk(
    'subscriptions-blade.js',
    ['/src/features/subscriptions/components/subscriptions-blade.tsx'],
    ['button.js', 'react.js'],
  ),
  chunk('overview-blade.js', ['/src/features/overview/overview.tsx'], ['button.js', 'dialog.js']),
  chunk('dialog.js', ['/nm/dialog/index.js']),
  chunk(
    'browser.js',
    ['/src/mocks/browser.ts', '/nm/msw/browser.js'],
    ['contract.js', 'support-contract.js'],
  ),
  chunk('support-contract.js', ['/src/contract/support.ts']),
  chunk('support-blade.js', ['/src/features/support/list.tsx'], ['support-contract.js']),
];

const roots = {
  portal: ['/src/app/portal.tsx', '/src/features/subscriptions/components/subscriptions-blade.tsx'],
  mock: ['/src/mocks/browser.ts'],
};

const sorted = (set: Set<string>): string[] => [...set].sort();

describe('First-load chunks: a few requests before the first rows', () => {
  it('keeps the entry with what it imports itself, so it never waits for the portal', () => {
    expect(sorted(firstLoadMembers(chunks, roots).start)).toEqual([
      '/src/app/main.tsx',
      '/src/lib/session.ts',
    ]);
  });

  it('puts what the mock and the portal both use apart, so the mock is evaluated first', () => {
    const { common, portal, mock } = firstLoadMembers(chunks, roots);
    expect(sorted(common)).toEqual(['/nm/zod/index.js', '/src/contract/arm.ts']);
    expect(sorted(portal)).toEqual([
      '/nm/button/index.js',
      '/nm/react/index.js',
      '/src/app/portal.tsx',
      '/src/features/subscriptions/components/subscriptions-blade.tsx',
    ]);
    expect(sorted(mock)).toEqual(['/nm/msw/browser.js', '/src/mocks/browser.ts']);
  });

  it('gives what the mock shares with lazy blades its own chunk, and leaves lazy code lazy', () => {
    const members = firstLoadMembers(chunks, roots);
    expect(sorted(members.mockShared)).toEqual(['/src/contract/support.ts']);
    const grouped = new Set(Object.values(members).flatMap((set: Set<string>) => [...set]));
    for (const lazy of [
      '/src/features/overview/overview.tsx',
      '/nm/dialog/index.js',
      '/src/features/support/list.tsx',
    ]) {
      expect(grouped.has(lazy)).toBe(false);
    }
  });

  it('refuses a probe it cannot read instead of building something else', () => {
    expect(() => firstLoadMembers(chunks, { ...roots, mock: ['/src/mocks/gone.ts'] })).toThrow(
      /gone\.ts/,
    );
    expect(() =>
      firstLoadMembers(
        chunks.filter((c) => !c.isEntry),
        roots,
      ),
    ).toThrow(/0 entry chunks/);
  });
});
