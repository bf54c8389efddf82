import { useRef } from 'react';

/**
 * A submit that runs one call at a time: a second click while the first call is on its way does
 * nothing. A mutation reports `isPending` only after the next render, so a disabled button alone lets
 * a quick double click through and would send a write twice (R14).
 *
 * `send` starts the call and returns its promise, or `undefined` when there is nothing to send (the
 * form is not ready). A failure is the mutation's to show (`error`); the guard only lets go.
 */
export function useSingleFlight<Args extends unknown[]>(
  send: (...args: Args) => Promise<unknown> | undefined,
): (...args: Args) => void {
  const inFlight = useRef(false);
  return (...args) => {
    if (inFlight.current) return;
    const call = send(...args);
    if (call === undefined) return;
    inFlight.current = true;
    call
      .catch(() => undefined)
      .finally(() => {
        inFlight.current = false;
      });
  };
}
