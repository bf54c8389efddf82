import { build, type Plugin } from 'vite';

// What the landing page runs before its first rows show: the entry (src/app/main.tsx, a few lines),
// the mock (src/mocks/browser.ts), the portal (src/app/portal.tsx) and the Subscriptions blade (lazy,
// but preloaded at start: src/app/router.tsx). Automatic code splitting spreads the modules these
// share with the other, lazy blades over some 40 small chunks, and a first visit then waits on as
// many requests and module records (measured: docs/performance.md). This plugin asks automatic
// splitting where everything goes (a probe build that writes nothing), then builds again with the
// first load as a few chunks:
// - the entry's, with what it imports itself (the session token);
// - `common`: what the mock and the portal both use (zod, the contract), evaluated first;
// - `mock`: what only the mock needs, evaluated next, so that its handshake with the service worker
//   goes on while the portal's code is evaluated;
// - `portal`: the portal and the landing blade;
// - `mock-shared`: what the mock shares only with lazy blades (a support contract module), so those
//   blades never load the mock's chunk.
// Nothing is duplicated, so module state (stores, React contexts) stays single, and whatever only
// another blade or a deferred piece uses stays lazy, where automatic splitting puts it.

/** The parts of a Rolldown output chunk that the grouping reads. */
export interface ProbeChunk {
  fileName: string;
  isEntry: boolean;
  moduleIds: readonly string[];
  imports: readonly string[];
}

export interface FirstLoadRoots {
  /** Modules (ends of their ids) of the portal's first load: its root and the landing blade. */
  portal: readonly string[];
  /** Modules (ends of their ids) of the mock. */
  mock: readonly string[];
}

export interface FirstLoadMembers {
  /** The entry and what it imports statically (kept out of the groups below). */
  start: Set<string>;
  common: Set<string>;
  portal: Set<string>;
  mock: Set<string>;
  /** What the mock shares with lazy blades only. */
  mockShared: Set<string>;
}

/** The file names of `start` and of every chunk it imports statically, transitively. */
export function staticChunks(
  start: ProbeChunk,
  byFile: Map<string, ProbeChunk>,
  into = new Set<string>(),
): Set<string> {
  const stack = [start];
  while (stack.length > 0) {
    const chunk = stack.pop() as ProbeChunk;
    if (into.has(chunk.fileName)) continue;
    into.add(chunk.fileName);
    for (const file of chunk.imports) {
      const imported = byFile.get(file);
      if (imported) stack.push(imported);
    }
  }
  return into;
}

/** The chunk that holds the module whose id ends with `moduleEnd`. */
export function chunkOf<C extends ProbeChunk>(chunks: readonly C[], moduleEnd: string): C {
  const found = chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(moduleEnd)));
  if (!found) throw new Error(`first-load-chunks: no chunk holds ${moduleEnd}`);
  return found;
}

/** Which module goes to which first-load chunk, from the probe build's chunks. */
export function firstLoadMembers(
  chunks: readonly ProbeChunk[],
  roots: FirstLoadRoots,
): FirstLoadMembers {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entries = chunks.filter((chunk) => chunk.isEntry);
  if (entries.length !== 1) throw new Error(`first-load-chunks: ${entries.length} entry chunks`);
  const entryChunks = staticChunks(entries[0] as ProbeChunk, byFile);
  const closureOf = (ends: readonly string[]): Set<string> => {
    const files = new Set<string>();
    for (const end of ends) staticChunks(chunkOf(chunks, end), byFile, files);
    return files;
  };
  const portalChunks = closureOf(roots.portal);
  const mockChunks = closureOf(roots.mock);
  const sharedWithLazy = (file: string): boolean =>
    chunks.some(
      (chunk) =>
        !mockChunks.has(chunk.fileName) &&
        !portalChunks.has(chunk.fileName) &&
        !entryChunks.has(chunk.fileName) &&
        chunk.imports.includes(file),
    );
  const members: FirstLoadMembers = {
    start: new Set(),
    common: new Set(),
    portal: new Set(),
    mock: new Set(),
    mockShared: new Set(),
  };
  const add = (file: string, into: Set<string>): void =>
    byFile.get(file)?.moduleIds.forEach((id) => into.add(id));
  for (const file of entryChunks) add(file, members.start);
  for (const file of new Set([...portalChunks, ...mockChunks])) {
    if (entryChunks.has(file)) continue;
    const inPortal = portalChunks.has(file);
    const inMock = mockChunks.has(file);
    if (inPortal && inMock) add(file, members.common);
    else if (inPortal) add(file, members.portal);
    else add(file, sharedWithLazy(file) ? members.mockShared : members.mock);
  }
  return members;
}

/** The portal's roots: src/app/main.tsx imports the portal and the mock; the router preloads the blade. */
export const FIRST_LOAD_ROOTS: FirstLoadRoots = {
  portal: ['/src/app/portal.tsx', '/src/features/subscriptions/components/subscriptions-blade.tsx'],
  mock: ['/src/mocks/browser.ts'],
};

const PROBE = 'FIRST_LOAD_CHUNKS_PROBE';

/** Whether the config is being loaded for the probe build, which only needs the module graph. */
export function isFirstLoadProbe(): boolean {
  return process.env[PROBE] === '1';
}

/**
 * `configFile`: the Vite config this plugin is part of (the probe build loads it again, and the
 * plugin does nothing there).
 */
export function firstLoadChunks(configFile: string, roots: FirstLoadRoots): Plugin {
  return {
    name: 'first-load-chunks',
    apply: 'build',
    async config(_config, env) {
      if (isFirstLoadProbe()) return;
      process.env[PROBE] = '1';
      let output;
      try {
        output = await build({
          configFile,
          mode: env.mode,
          logLevel: 'silent',
          build: { write: false, emptyOutDir: false, copyPublicDir: false },
        });
      } finally {
        delete process.env[PROBE];
      }
      const outputs = Array.isArray(output) ? output : [output];
      const chunks = outputs.flatMap((result) =>
        'output' in result ? result.output.filter((item) => item.type === 'chunk') : [],
      );
      const members = firstLoadMembers(chunks, roots);
      const group = (name: string, priority: number, modules: Set<string>) => ({
        name,
        priority,
        test: (id: string) => modules.has(id),
      });
      return {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                // A group also takes the dependencies of what it captures, unless a group of higher
                // priority has them: the entry's own first (else the portal would take them and the
                // entry would wait for the portal's chunk), then `common`, so that the mock never
                // depends on the portal.
                groups: [
                  group('start', 5, members.start),
                  group('common', 4, members.common),
                  group('portal', 3, members.portal),
                  group('mock-shared', 2, members.mockShared),
                  group('mock', 1, members.mock),
                ],
              },
            },
          },
        },
      };
    },
  };
}
