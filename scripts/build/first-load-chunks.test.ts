import { describe, expect, it } from 'vitest';
import { firstLoadMembers, type ProbeChunk } from './first-load-chunks';

// A probe build as automatic splitting leaves it: the entry imports two small shared chunks; the
// landing blade shares one with a lazy blade; the mock shares one with the entry and one with the
// support blade.
const chunks: ProbeChunk[] = [
  {
    fileName: 'index.js',
    isEntry: true,
    moduleIds: ['/src/app/main.tsx'],
    imports: ['react.js', 'contract.js'],
  },
  { fileName: 'react.js', isEntry: false, moduleIds: ['/nm/react/index.js'], imports: [] },
  { fileName: 'contract.js', isEntry: false, moduleIds: ['/src/contract/arm.ts'], imports: [] },
  {
    fileName: 'button.js',
    isEntry: false,
    moduleIds: ['/nm/button/index.js'],
    imports: ['react.js'],
  },
  {
    fileName: 'subscriptions-blade.js',
    isEntry: false,
    moduleIds: ['/src/features/subscriptions/components/subscriptions-blade.tsx'],
    imports: ['button.js', 'react.js'],
  },
  {
    fileName: 'overview-blade.js',
    isEntry: false,
    moduleIds: ['/src/features/overview/overview.tsx'],
    imports: ['button.js', 'dialog.js'],
  },
  { fileName: 'dialog.js', isEntry: false, moduleIds: ['/nm/dialog/index.js'], imports: [] },
  {
    fileName: 'browser.js',
    isEntry: false,
    moduleIds: ['/src/mocks/browser.ts', '/nm/msw/browser.js'],
    imports: ['contract.js', 'support-contract.js'],
  },
  {
    fileName: 'support-contract.js',
    isEntry: false,
    moduleIds: ['/src/contract/support.ts'],
    imports: [],
  },
  {
    fileName: 'support-blade.js',
    isEntry: false,
    moduleIds: ['/src/features/support/list.tsx'],
    imports: ['support-contract.js'],
  },
];

const roots = {
  portal: ['/src/features/subscriptions/components/subscriptions-blade.tsx'],
  mock: ['/src/mocks/browser.ts'],
};

describe('First-load chunks (issue 7: fewer requests before the first rows)', () => {
  it('groups the entry and the landing blade with everything they import statically', () => {
    const { portal } = firstLoadMembers(chunks, roots);
    expect([...portal].sort()).toEqual([
      '/nm/button/index.js',
      '/nm/react/index.js',
      '/src/app/main.tsx',
      '/src/contract/arm.ts',
      '/src/features/subscriptions/components/subscriptions-blade.tsx',
    ]);
  });

  it('gives the mock only what the portal does not already have, and leaves other blades lazy', () => {
    const { portal, shared, mock } = firstLoadMembers(chunks, roots);
    expect([...mock].sort()).toEqual(['/nm/msw/browser.js', '/src/mocks/browser.ts']);
    // What a lazy blade shares with the mock goes apart, so that blade never loads the mock's chunk.
    expect([...shared]).toEqual(['/src/contract/support.ts']);
    expect(
      portal.has('/src/features/support/list.tsx') || mock.has('/src/features/support/list.tsx'),
    ).toBe(false);
    for (const lazy of ['/src/features/overview/overview.tsx', '/nm/dialog/index.js']) {
      expect(portal.has(lazy) || mock.has(lazy)).toBe(false);
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
