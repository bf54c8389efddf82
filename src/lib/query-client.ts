import { QueryClient } from '@tanstack/react-query';
import { isArmError } from '@/lib/api-error';

const MAX_READ_RETRIES = 3;

/** Reads retry transient failures with backoff (honouring Retry-After); writes never retry by themselves. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        refetchOnWindowFocus: true,
        retry: (failureCount, error) =>
          failureCount < MAX_READ_RETRIES && (!isArmError(error) || error.retryable),
        retryDelay: (attempt, error) => {
          if (isArmError(error) && error.retryAfterSeconds) return error.retryAfterSeconds * 1000;
          return Math.min(500 * 2 ** attempt, 4_000);
        },
      },
      mutations: { retry: false },
    },
  });
}
