import type { Browser, CDPSession, Page } from '@playwright/test';

// Memory of the page and of the mock's service worker, read through the Chrome DevTools Protocol
// after a forced garbage collection, so that a figure is what is still held, not what is waiting to
// be collected. Playwright opens CDP sessions on pages only; the worker is reached through the
// browser's session (`Target.sendMessageToTarget`, the unflattened form, since Playwright's
// `CDPSession.send` cannot address a child session).

const MB = 1024 * 1024;
const REPLY_TIMEOUT_MS = 10_000;

export interface DomCounters {
  nodes: number;
  listeners: number;
}

/** Live objects per constructor name (e.g. MessagePort, ReadableStream), after a forced GC. */
export type ObjectCounts = Record<string, number>;

type Send = (method: string, params?: object) => Promise<unknown>;

/**
 * How many objects inherit from each of `constructors`' prototypes, as DevTools' `queryObjects()`
 * counts them: a stream or port left per mocked call shows here before it shows in megabytes.
 */
async function countObjects(send: Send, constructors: readonly string[]): Promise<ObjectCounts> {
  await send('HeapProfiler.collectGarbage');
  const counts: ObjectCounts = {};
  for (const name of constructors) {
    const prototype = (await send('Runtime.evaluate', {
      expression: `globalThis.${name}?.prototype`,
      objectGroup: 'soak',
    })) as { result: { objectId?: string } };
    const objectId = prototype.result.objectId;
    if (objectId === undefined) continue;
    const found = (await send('Runtime.queryObjects', {
      prototypeObjectId: objectId,
      objectGroup: 'soak',
    })) as { objects: { objectId: string } };
    const length = (await send('Runtime.callFunctionOn', {
      objectId: found.objects.objectId,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    })) as { result: { value: number } };
    counts[name] = length.result.value;
  }
  await send('Runtime.releaseObjectGroup', { objectGroup: 'soak' });
  return counts;
}

/** The session's `send` for methods named at run time (Playwright types it per method name). */
const untyped = (session: CDPSession): Send =>
  (session.send as (method: string, params?: object) => Promise<unknown>).bind(session);

export interface PageProbe {
  /** Used JS heap of the page after a forced GC, in MB. */
  heapMb(): Promise<number>;
  objects(constructors: readonly string[]): Promise<ObjectCounts>;
  /** DOM nodes and event listeners the page's renderer holds (after the same GC). */
  domCounters(): Promise<DomCounters>;
}

export async function probePage(page: Page): Promise<PageProbe> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.enable');
  return {
    heapMb: async () => {
      await session.send('HeapProfiler.collectGarbage');
      const { usedSize } = await session.send('Runtime.getHeapUsage');
      return usedSize / MB;
    },
    domCounters: async () => {
      await session.send('HeapProfiler.collectGarbage');
      const { nodes, jsEventListeners } = await session.send('Memory.getDOMCounters');
      return { nodes, listeners: jsEventListeners };
    },
    objects: (constructors) => countObjects(untyped(session), constructors),
  };
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * The service worker whose script URL ends with `scriptSuffix`, found again on each reading: Chromium
 * may stop an idle worker and start a new one, which is a new target.
 */
export class WorkerProbe {
  #root: CDPSession | undefined;
  #attached: { targetId: string; sessionId: string } | undefined;
  #nextId = 1;
  #pending = new Map<number, Pending>();

  constructor(
    private readonly browser: Browser,
    private readonly scriptSuffix: string,
  ) {}

  async #session(): Promise<CDPSession> {
    if (this.#root !== undefined) return this.#root;
    const session = await this.browser.newBrowserCDPSession();
    session.on('Target.receivedMessageFromTarget', ({ message }) => {
      const reply = JSON.parse(message) as { id?: number; result?: unknown; error?: unknown };
      const pending = reply.id === undefined ? undefined : this.#pending.get(reply.id);
      if (pending === undefined || reply.id === undefined) return;
      this.#pending.delete(reply.id);
      if (reply.error !== undefined) pending.reject(new Error(JSON.stringify(reply.error)));
      else pending.resolve(reply.result);
    });
    session.on('Target.detachedFromTarget', ({ sessionId }) => {
      if (this.#attached?.sessionId === sessionId) this.#attached = undefined;
    });
    this.#root = session;
    return session;
  }

  async #attach(): Promise<string | undefined> {
    const session = await this.#session();
    const { targetInfos } = (await session.send('Target.getTargets')) as {
      targetInfos: TargetInfo[];
    };
    const target = targetInfos.find(
      (info) => info.type === 'service_worker' && info.url.endsWith(this.scriptSuffix),
    );
    if (target === undefined) return undefined;
    if (this.#attached?.targetId === target.targetId) return this.#attached.sessionId;
    const { sessionId } = await session.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    });
    this.#attached = { targetId: target.targetId, sessionId };
    return sessionId;
  }

  async #send(sessionId: string, method: string, params: object = {}): Promise<unknown> {
    const session = await this.#session();
    const id = this.#nextId++;
    const reply = new Promise<unknown>((resolve, reject) => {
      // A worker stopped mid-reading never answers: the reading is then missing, not stuck.
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`${method}: the service worker did not answer`));
      }, REPLY_TIMEOUT_MS);
      this.#pending.set(id, {
        resolve: (result) => {
          clearTimeout(timer);
          resolve(result);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
    });
    await session.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    return reply;
  }

  /** Reads from the worker; null when no such worker runs or it stopped while being read. */
  async #read<T>(reading: (send: Send) => Promise<T>): Promise<T | null> {
    try {
      const sessionId = await this.#attach();
      if (sessionId === undefined) return null;
      return await reading((method, params) => this.#send(sessionId, method, params));
    } catch {
      this.#attached = undefined;
      return null;
    }
  }

  /** Used JS heap of the worker after a forced GC, in MB. */
  heapMb(): Promise<number | null> {
    return this.#read(async (send) => {
      await send('HeapProfiler.collectGarbage');
      const { usedSize } = (await send('Runtime.getHeapUsage')) as { usedSize: number };
      return usedSize / MB;
    });
  }

  objects(constructors: readonly string[]): Promise<ObjectCounts | null> {
    return this.#read((send) => countObjects(send, constructors));
  }
}
