import { useSyncExternalStore } from 'react';
import { taskStore, type Task } from './taskStore';

/** Every task, newest first, re-rendering as they change. */
export function useTasks(): Task[] {
  return useSyncExternalStore(taskStore.subscribe, taskStore.list, taskStore.list);
}
