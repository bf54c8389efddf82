import type { CommandResult } from '@/domain/command-result';
import { StoreWriteError } from '../store/mock-store';
import type { ArmContext } from './arm-route';
import { armError } from './arm-response';

/**
 * Commits a pure command's result: the new world replaces the old one whole, or, on any failure
 * (the rule's or the storage's), nothing changes.
 */
export function commitCommand<R>(
  ctx: ArmContext,
  result: CommandResult<R>,
  respond: (result: R) => Response,
): Response {
  if (!result.ok) return armError(result.error.status, result.error.code, result.error.message);
  if (result.world !== ctx.world) {
    try {
      ctx.store.commitWorld(result.world);
    } catch (error) {
      if (error instanceof StoreWriteError)
        return armError(500, 'InternalServerError', error.message);
      throw error;
    }
  }
  return respond(result.result);
}

/** A domain failure as an ARM answer. */
export function failureResponse(failure: {
  error: { status: number; code: string; message: string };
}): Response {
  return armError(failure.error.status, failure.error.code, failure.error.message);
}
