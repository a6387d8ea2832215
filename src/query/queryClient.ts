// One QueryClient per app (and per test). Only network failures are retried: the engine's faults,
// 401 and 404 are answers, and a lost session is handled by the transport (login dialog, then retry).
import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (count, error) => isApiError(error) && error.kind === 'network' && count < 2,
        refetchOnWindowFocus: false,
        staleTime: 5_000,
      },
      mutations: { retry: false },
    },
  });
}
