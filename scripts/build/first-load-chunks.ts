import { build, type Plugin } from 'vite';

// What the landing page runs before its first rows show is the entry's graph, the Subscriptions
// blade's (lazy, but preloaded at start: src/app/router.tsx) and the mock's (src/mocks/browser.ts).
// Automatic code splitting spreads the modules they share with the other, lazy blades over some 40
// small chunks, and a first visit then waits on as many requests and module records (measured:
// docs/performance.md). This plugin asks automatic splitting where everything goes (a probe build
// that writes nothing), then builds again with what the first load needs as two chunks: `portal`
// (the entry and the landing blade) and `mock` (what only the mock needs). Nothing is duplicated,
// so module state (stores, React contexts) stays single, and whatever only another blade or a
// deferred piece uses stays lazy, in the chunks automatic splitting gives it.

/** The parts of a Rolldown output chunk that the grouping reads. */
export interface ProbeChunk {
  fileName: string;
  isEntry: boolean;
  moduleIds: readonly string[];
  imports: readonly string[];
}

export interface FirstLoadRoots {
  /** Module ids (ends of paths) whose chunks load with the entry: the landing blade. */
  portal: readonly string[];
  /** Module ids whose chunks make up the mock. */
  mock: readonly string[];
}

export interface FirstLoadMembers {
  portal: Set<string>;
  /** What the mock shares with lazy blades (contract schemas), apart from what only the mock needs. */
  shared: Set<string>;
  mock: Set<string>;
}

/** The file names of `start` and of every chunk it imports statically, transitively. */
function staticChunks(
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

/** Every module of `start` and of the chunks it imports statically, transitively. */
function staticClosure(start: ProbeChunk, byFile: Map<string, ProbeChunk>): Set<string> {
  const modules = new Set<string>();
  for (const file of staticChunks(start, byFile)) {
    byFile.get(file)?.moduleIds.forEach((id) => modules.add(id));
  }
  return modules;
}

function chunkOf(chunks: readonly ProbeChunk[], moduleEnd: string): ProbeChunk {
  const found = chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(moduleEnd)));
  if (!found) throw new Error(`first-load-chunks: no chunk holds ${moduleEnd}`);
  return found;
}

/** Which modules go to `portal` and which to `mock`, from the probe build's chunks. */
export function firstLoadMembers(
  chunks: readonly ProbeChunk[],
  roots: FirstLoadRoots,
): FirstLoadMembers {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entries = chunks.filter((chunk) => chunk.isEntry);
  if (entries.length !== 1) throw new Error(`first-load-chunks: ${entries.length} entry chunks`);
  const portal = new Set<string>();
  for (const start of [
    entries[0] as ProbeChunk,
    ...roots.portal.map((end) => chunkOf(chunks, end)),
  ]) {
    staticClosure(start, byFile).forEach((id) => portal.add(id));
  }
  // The mock loads beside the portal, not before every blade: what it shares with a lazy blade (a
  // contract module both use, say) becomes a third chunk, `mock-shared`, or that blade would depend on
  // the mock's chunk.
  const mockChunks = new Set<string>();
  for (const end of roots.mock) staticChunks(chunkOf(chunks, end), byFile, mockChunks);
  const sharedWithOthers = (file: string): boolean =>
    chunks.some((chunk) => !mockChunks.has(chunk.fileName) && chunk.imports.includes(file));
  const mock = new Set<string>();
  const shared = new Set<string>();
  for (const file of mockChunks) {
    const into = sharedWithOthers(file) ? shared : mock;
    for (const id of byFile.get(file)?.moduleIds ?? []) if (!portal.has(id)) into.add(id);
  }
  return { portal, shared, mock };
}

/** The portal's: the landing route's blade (src/app/router.tsx preloads it) and the mock. */
export const FIRST_LOAD_ROOTS: FirstLoadRoots = {
  portal: ['/src/features/subscriptions/components/subscriptions-blade.tsx'],
  mock: ['/src/mocks/browser.ts'],
};

const PROBE = 'FIRST_LOAD_CHUNKS_PROBE';

/**
 * `configFile`: the Vite config this plugin is part of (the probe build loads it again, and the
 * plugin does nothing there).
 */
export function firstLoadChunks(configFile: string, roots: FirstLoadRoots): Plugin {
  return {
    name: 'first-load-chunks',
    apply: 'build',
    async config(_config, env) {
      if (process.env[PROBE] === '1') return;
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
      return {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                // In this order: a group takes the dependencies of what it captures too, unless an
                // earlier group has them.
                groups: [
                  { name: 'portal', priority: 3, test: (id: string) => members.portal.has(id) },
                  {
                    name: 'mock-shared',
                    priority: 2,
                    test: (id: string) => members.shared.has(id),
                  },
                  { name: 'mock', priority: 1, test: (id: string) => members.mock.has(id) },
                ],
              },
            },
          },
        },
      };
    },
  };
}
