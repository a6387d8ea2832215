// The session state for React, plus login and logout as mutations that keep the cache consistent.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { taskStore } from '../tasks';
import { login, logout, parseEntryPoint, session, type Login, type SessionState } from '../api';
import { keys } from './keys';

export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.get, session.get);
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (l: Login) => {
      const before = session.get().user;
      return login(l).then((res) => ({ res, before }));
    },
    onSuccess: ({ res, before }) => {
      // Another user's data must not show: a different user after re-login starts from an empty cache.
      const now = session.get().user;
      if (before && now && before !== now) client.removeQueries();
      client.setQueryData(keys.entry(), parseEntryPoint(res.value));
    },
  });
}

/** Ends the engine session and clears the whole cache. */
export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => logout(),
    onSettled: () => {
      client.clear();
      taskStore.reset();
    },
  });
}
