import { useEffect, useSyncExternalStore } from 'react';
import { z } from '@/contract/zod';
import { chapterFromParam } from '@/features/presentation/chapters';

// A presentation survives a reload (it reopens the same chapter) and remembers what was there before
// it started, to put it back on exit: kept in sessionStorage, per tab. The address names the chapter
// too (`?present=seed&chapter=<n>`), so any chapter can be opened directly; blades that rewrite the
// query string (the wizard's `?step=`) do not end the presentation.

const STORAGE_KEY = 'azclone.presentation.v1';
export const PRESENT_PARAMS = ['present', 'chapter'] as const;

const sessionSchema = z.lazy(() =>
  z.object({
    chapter: z.int().check(z.minimum(1)),
    /** What was there before: the portal path and the mock's snapshot, restored on exit. */
    before: z.nullable(z.object({ path: z.string(), snapshot: z.record(z.string(), z.unknown()) })),
  }),
);
export type PresentationSession = z.infer<typeof sessionSchema>;

const listeners = new Set<() => void>();
let cached: { raw: string | null; session: PresentationSession | null } | null = null;

/** The session as stored now (not as last rendered). */
export function readSession(): PresentationSession | null {
  let raw: string | null = null;
  try {
    raw = sessionStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage blocked: no presentation survives a reload.
  }
  if (cached?.raw === raw) return cached.session;
  let session: PresentationSession | null = null;
  if (raw !== null) {
    try {
      const parsed = sessionSchema.safeParse(JSON.parse(raw));
      session = parsed.success ? parsed.data : null;
    } catch {
      session = null;
    }
  }
  cached = { raw, session };
  return session;
}

export function writeSession(session: PresentationSession | null): void {
  try {
    if (session === null) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  } catch {
    // Storage blocked or full: the presentation goes on in this page only.
    cached = { raw: session === null ? null : JSON.stringify(session), session };
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the address asks for the presentation, and at which chapter. */
export function requestedChapter(search: string): number | null {
  const params = new URLSearchParams(search);
  return params.get('present') === 'seed' ? chapterFromParam(params.get('chapter')) : null;
}

/** `search` without the presentation's parameters. */
export function withoutPresentParams(search: string): string {
  const params = new URLSearchParams(search);
  for (const name of PRESENT_PARAMS) params.delete(name);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

/**
 * The history state the presentation's own moves carry. The address it writes names the chapter
 * being set up, and React applies the new address a little later than the session: a key pressed in
 * between has already moved the session on, and reading that address as a request would send the
 * presentation back a chapter. Only an address someone else opened (a link, a typed URL) asks.
 */
export function presentationMoveState(chapter: number): { presentationChapter: number } {
  return { presentationChapter: chapter };
}

function isPresentationMove(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'presentationChapter' in state;
}

/**
 * The running presentation, or null. An address with `?present=seed` starts one (or moves it to the
 * asked chapter) once, when the address changes; the session then holds it until Exit, and the
 * presentation moves the address along with its chapters.
 */
export function usePresentationSession(location: {
  search: string;
  state: unknown;
}): PresentationSession | null {
  const session = useSyncExternalStore(subscribe, readSession, () => null);
  const asked = isPresentationMove(location.state) ? null : requestedChapter(location.search);
  useEffect(() => {
    if (asked === null) return;
    const current = readSession();
    if (current?.chapter !== asked)
      writeSession({ chapter: asked, before: current?.before ?? null });
  }, [asked]);
  return session;
}
