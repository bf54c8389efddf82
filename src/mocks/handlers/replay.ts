import { CLIENT_REQUEST_ID_HEADER } from '@/contract/transport';
import type { MockStore } from '../store/mock-store';

// R14 "a retried request never applies twice", for every write. A client that lost an answer (the
// service worker was stopped mid-call, the connection dropped) repeats the call with the same
// `x-ms-client-request-id`; the mock answers it with what it answered the first time instead of
// running the command again. Reads are not kept: they change nothing.

interface StoredAnswer {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: ArrayBuffer;
}

/** Enough for every call a person or a test suite could still be retrying. */
const MAX_ANSWERS = 200;

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const answersByStore = new WeakMap<MockStore, Map<string, StoredAnswer>>();

function answersOf(store: MockStore): Map<string, StoredAnswer> {
  let answers = answersByStore.get(store);
  if (answers === undefined) {
    answers = new Map();
    answersByStore.set(store, answers);
  }
  return answers;
}

export interface Replay {
  /** The answer already given to this request, when it is a repeat. */
  previous: Response | undefined;
  /** Keeps `response` for later repeats of this request. */
  remember(response: Response): Promise<void>;
}

/**
 * `undefined` for reads and for writes without a client request id. The key holds the scenario's
 * load time (a demo reset forgets everything), the caller, the exact URL and body: the same id
 * with anything else changed is a new request.
 */
export async function replayFor(
  store: MockStore,
  request: Request,
  personaId: string,
): Promise<Replay | undefined> {
  const requestId = request.headers.get(CLIENT_REQUEST_ID_HEADER);
  if (requestId === null || requestId === '' || !WRITE_METHODS.has(request.method)) {
    return undefined;
  }
  const body = await request.clone().text();
  const key = [
    store.settings().scenarioLoadedAt,
    personaId,
    request.method,
    request.url,
    requestId,
    body,
  ].join('\n');
  const answers = answersOf(store);
  const stored = answers.get(key);
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
      if (response.type === 'error') return;
      const copy = response.clone();
      answers.set(key, {
        status: copy.status,
        statusText: copy.statusText,
        headers: [...copy.headers.entries()],
        body: await copy.arrayBuffer(),
      });
      // Oldest first: a Map keeps insertion order.
      while (answers.size > MAX_ANSWERS) {
        const oldest = answers.keys().next();
        if (oldest.done === true) break;
        answers.delete(oldest.value);
      }
    },
  };
}
