// CPU and memory use of one row of a list. Called by the row's cell, so only the rows the grid renders
// (it virtualizes: what is on screen, plus a small buffer) fetch statistics; rows that cannot use any
// (a VM that is down, a host in maintenance) fetch nothing. Polled at the list's refresh interval (at
// most twice a minute) while the browser tab is visible.
import { useQuery } from '@tanstack/react-query';
import { useRefreshInterval } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import { statisticsHref, statisticsQuery, usageInterval, usageOf } from './statistics';

const RUNNING = new Set(['up', 'powering_up', 'powering_down', 'migrating', 'reboot_in_progress', 'saving_state', 'restoring_state', 'paused', 'wait_for_launch']);
const HOST_ACTIVE = new Set(['up', 'preparing_for_maintenance', 'connecting', 'non_operational']);

export function useUsage(kind: 'vm' | 'host', row: XmlObject): { cpu?: number; memory?: number; active: boolean; loading: boolean } {
  const state = String(row.status?.state ?? '');
  const active = kind === 'vm' ? RUNNING.has(state) : HOST_ACTIVE.has(state);
  const interval = useRefreshInterval();
  const href = statisticsHref(row, kind === 'vm' ? '/vms' : '/hosts');
  const q = useQuery({ ...statisticsQuery(href), enabled: active && !!row.id, refetchInterval: usageInterval(interval), refetchIntervalInBackground: false });
  if (!active) return { cpu: 0, memory: 0, active, loading: false };
  return { ...(q.data ? usageOf(kind, q.data) : {}), active, loading: q.isPending };
}
