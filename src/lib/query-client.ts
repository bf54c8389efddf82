import { QueryClient } from '@tanstack/react-query';
import { isArmError } from '@/lib/api-error';

const MAX_READ_RETRIES = 3;
/** A server asking for a longer pause than this is shown as an error with Retry, not waited on. */
const MAX_RETRY_AFTER_SECONDS = 30;

/** Transient: a lost connection, throttling or a server error, with a pause the user would sit through. */
function retryableRead(error: unknown): boolean {
  if (!isArmError(error)) return true;
  if (!error.retryable) return false;
  return (error.retryAfterSeconds ?? 0) <= MAX_RETRY_AFTER_SECONDS;
}

/** Reads retry transient failures with backoff (honouring Retry-After); writes never retry by themselves. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        refetchOnWindowFocus: true,
        retry: (failureCount, error) => failureCount < MAX_READ_RETRIES && retryableRead(error),
        retryDelay: (attempt, error) => {
          if (isArmError(error) && error.retryAfterSeconds) return error.retryAfterSeconds * 1000;
          return Math.min(500 * 2 ** attempt, 4_000);
        },
      },
      // A write that failed may or may not have been applied: the user decides whether to send it
      // again, and the mock's R14 rules (409 on a repeat, tickets keyed by name) keep that safe.
      mutations: { retry: false },
    },
  });
}
