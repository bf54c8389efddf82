import { REPLAY_LIMITS } from '@/contract/limits';
import { CLIENT_REQUEST_ID_HEADER } from '@/contract/transport';
import { isAnswerForRepeats, mayBeRepeat, repeatIdentity } from '@/domain/replay';
import type { MockStore } from '../store/mock-store';

// R14 "a retried request never applies twice", for every write. A client that lost an answer (the
// service worker was stopped mid-call, the connection dropped) repeats the call with the same
// `x-ms-client-request-id`; the mock answers it with what it answered the first time instead of
// running the command again. Which calls are repeats and which answers are kept is the domain's
// decision (domain/replay.ts); this file keeps the record.
//
// The record is bounded (REPLAY_LIMITS, docs/contract.md §9): it holds a SHA-256 digest of each
// request, never its body, and only accepted writes (2xx). A refused write changed nothing, so
// running its retry again is safe, and keeping refusals let any client fill the server's memory.

interface StoredAnswer {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: ArrayBuffer;
}

interface AnswerRecord {
  /** The scenario load this record belongs to: a reset, a moment or a snapshot starts a new one. */
  loadedAt: number;
  answers: Map<string, StoredAnswer>;
  bytes: number;
}

const recordsByStore = new WeakMap<MockStore, AnswerRecord>();

/** The record of the world loaded now; a new load (reset, moment, snapshot) frees the old one. */
function recordOf(store: MockStore): AnswerRecord {
  const loadedAt = store.settings().scenarioLoadedAt;
  let record = recordsByStore.get(store);
  if (record === undefined || record.loadedAt !== loadedAt) {
    record = { loadedAt, answers: new Map(), bytes: 0 };
    recordsByStore.set(store, record);
  }
  return record;
}

/** What an answer costs the record: its body and headers. */
function sizeOf(answer: StoredAnswer): number {
  return (
    answer.body.byteLength +
    answer.headers.reduce((n, [name, value]) => n + name.length + value.length, 0)
  );
}

function forget(record: AnswerRecord, key: string): void {
  const stored = record.answers.get(key);
  if (stored === undefined) return;
  record.answers.delete(key);
  record.bytes -= sizeOf(stored);
}

/** How much the record holds now, for tests and the abuse suite. */
export function replayRecordSize(store: MockStore): { answers: number; bytes: number } {
  const record = recordOf(store);
  return { answers: record.answers.size, bytes: record.bytes };
}

async function digest(parts: readonly string[]): Promise<string> {
  const bytes = new TextEncoder().encode(parts.join('\n'));
  const hash = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface Replay {
  /** The answer already given to this request, when it is a repeat. */
  previous: Response | undefined;
  /** Keeps `response` for later repeats of this request, when it accepted the write. */
  remember(response: Response): Promise<void>;
}

/**
 * `undefined` for reads and for writes without a client request id. The digest covers the
 * scenario's load time (a demo reset forgets everything), the caller, the exact URL and body: the
 * same id with anything else changed is a new request.
 */
export async function replayFor(
  store: MockStore,
  request: Request,
  personaId: string,
): Promise<Replay | undefined> {
  const requestId = request.headers.get(CLIENT_REQUEST_ID_HEADER);
  if (!mayBeRepeat(request.method, requestId)) return undefined;
  const key = await digest(
    repeatIdentity({
      worldLoadedAt: store.settings().scenarioLoadedAt,
      personaId,
      method: request.method,
      url: request.url,
      requestId,
      body: await request.clone().text(),
    }),
  );
  const record = recordOf(store);
  const stored = record.answers.get(key);
  return {
    previous:
      stored === undefined
        ? undefined
        : new Response(stored.body.byteLength === 0 ? null : stored.body.slice(0), {
            status: stored.status,
            statusText: stored.statusText,
            headers: stored.headers,
          }),
    async remember(response) {
      if (response.type === 'error' || !isAnswerForRepeats(response.status)) return;
      const copy = response.clone();
      const answer: StoredAnswer = {
        status: copy.status,
        statusText: copy.statusText,
        headers: [...copy.headers.entries()],
        body: await copy.arrayBuffer(),
      };
      const size = sizeOf(answer);
      if (size > REPLAY_LIMITS.maxAnswerBytes) return;
      // A reset may have started a new record while the command ran: keep to the current one.
      const current = recordOf(store);
      forget(current, key);
      current.answers.set(key, answer);
      current.bytes += size;
      // Oldest first: a Map keeps insertion order.
      while (
        current.answers.size > REPLAY_LIMITS.maxAnswers ||
        current.bytes > REPLAY_LIMITS.maxBytes
      ) {
        const oldest = current.answers.keys().next();
        if (oldest.done === true) break;
        forget(current, oldest.value);
      }
    },
  };
}
