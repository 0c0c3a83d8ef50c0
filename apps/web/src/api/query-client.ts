import { QueryClient } from '@tanstack/vue-query';
import { ApiError } from './errors';

/**
 * Whether a failed read is worth one more try: never a refusal (4xx — asking again gets the same
 * answer), never while the phone says it is offline (the page shows the offline copy or the
 * network error at once instead of spinning); a server failure, a rate limit or a lost answer
 * while online once.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1) return false;
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return false;
  return error instanceof ApiError ? error.isTransient : false;
}

/**
 * The SPA's server-state cache (TanStack Vue Query). Reads are stale at once, so every page
 * shows what it last saw and asks again on mount (stale-while-revalidate); they run whatever the
 * browser thinks of the network (`networkMode: 'always'`) so an offline read fails fast and the
 * page can fall back to its IndexedDB copy (composables/use-api-query); a focus does not
 * refetch (forms are bound to some reads), coming back online does.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        networkMode: 'always',
        staleTime: 0,
        gcTime: 10 * 60_000,
        retry: shouldRetry,
        retryDelay: 1000,
        refetchOnWindowFocus: false,
        refetchOnReconnect: true,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
