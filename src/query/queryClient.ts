// One QueryClient per app (and per test). Only network failures are retried: the engine's faults,
// 401 and 404 are answers, and a lost session is handled by the transport (login dialog, then retry).
import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api';
import { setTaskSettledHandler } from '../tasks';
import { keys } from './keys';

export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        retry: (count, error) => isApiError(error) && error.kind === 'network' && count < 2,
        refetchOnWindowFocus: false,
        staleTime: 5_000,
      },
      mutations: { retry: false },
    },
  });
  // After any change the engine decides what is true now: refetch what the task touched.
  setTaskSettledHandler((t) => {
    if (t.target) void client.invalidateQueries({ queryKey: keys.all(t.target.collection) });
  });
  return client;
}
