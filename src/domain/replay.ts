// R14 "a retried request never applies twice": which calls are repeats and which answers a repeat
// gets again. The mock keeps the bounded record of answers (mocks/handlers/replay.ts); what counts
// as the same request, and which answers are worth giving again, is decided here.

const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * R14: only a write that carries a client request id can be a repeat. Reads change nothing, so
 * running them again is the right answer; without an id no two calls can be told to be the same.
 */
export function mayBeRepeat(method: string, requestId: string | null): requestId is string {
  return requestId !== null && requestId !== '' && WRITE_METHODS.has(method);
}

export interface RepeatableCall {
  /** When the world the call was sent to was loaded: a reset, a moment or a snapshot forgets every earlier call. */
  worldLoadedAt: number;
  personaId: string;
  method: string;
  url: string;
  requestId: string;
  body: string;
}

/**
 * R14: two calls are the same request when they reach the same loaded world from the same caller
 * with the same method, URL, request id and body: the same id with anything else changed is a new
 * request, and is applied.
 */
export function repeatIdentity(call: RepeatableCall): readonly string[] {
  return [
    String(call.worldLoadedAt),
    call.personaId,
    call.method,
    call.url,
    call.requestId,
    call.body,
  ];
}

/**
 * R14: only an accepted write (2xx) is answered again to its repeats. A refused write changed
 * nothing, so applying its retry is safe and may succeed where the first try did not.
 */
export function isAnswerForRepeats(status: number): boolean {
  return status >= 200 && status <= 299;
}
