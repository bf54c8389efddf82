import type { World } from './model';

export type ErrorStatus = 400 | 401 | 403 | 404 | 409;

/** ARM's error, before it is wrapped as `{ error: { code, message } }` by the mock. */
export interface ArmError {
  status: ErrorStatus;
  code: string;
  message: string;
}

/** Commands never mutate their input: success carries a new World, failure leaves it untouched. */
export type CommandResult<R> =
  { ok: true; world: World; result: R } | { ok: false; error: ArmError };

export type Failure = { ok: false; error: ArmError };

export function fail(status: ErrorStatus, code: string, message: string): Failure {
  return { ok: false, error: { status, code, message } };
}

export function succeed<R>(world: World, result: R): { ok: true; world: World; result: R } {
  return { ok: true, world, result };
}
