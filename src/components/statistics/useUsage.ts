// CPU and memory use of one row of a list. From the row's own statistics when the list carries them
// inline (guide 7.3.3 `detail=statistics`: the VM list's refreshes, query/options.ts), else from the
// row's statistics sub-collection, read by the row's cell: only the rows the grid renders (it virtualizes:
// what is on screen, plus a small buffer) fetch, and rows that cannot use any (a VM that is down, a host
// in maintenance) fetch nothing. That read is polled at the gauge interval (refresh.ts: once a minute
// at the 10 s refresh) while the tab is visible, unless the list's own refreshes bring the statistics.
import { useQuery } from '@tanstack/react-query';
import { USAGE_META, useRefreshInterval } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import { parseStatistics, statisticsHref, statisticsQuery, usageOf } from './statistics';

const RUNNING = new Set(['up', 'powering_up', 'powering_down', 'migrating', 'reboot_in_progress', 'saving_state', 'restoring_state', 'paused', 'wait_for_launch']);
const HOST_ACTIVE = new Set(['up', 'preparing_for_maintenance', 'connecting', 'non_operational']);

/** The statistics a list item carries inline (`<vm>…<statistics><statistic/>…</statistics>`), if any. */
export function inlineStatistics(row: XmlObject) {
  const s = row.statistics?.statistic;
  if (s === undefined) return undefined;
  return parseStatistics(Array.isArray(s) ? s : [s]);
}

/** `listRefreshes`: the list's refreshes bring the rows' statistics inline, so the row reads its own only once. */
export function useUsage(kind: 'vm' | 'host', row: XmlObject, listRefreshes = false): { cpu?: number; memory?: number; active: boolean; loading: boolean } {
  const state = String(row.status?.state ?? '');
  const active = kind === 'vm' ? RUNNING.has(state) : HOST_ACTIVE.has(state);
  const gauge = useRefreshInterval('gauge');
  const inline = inlineStatistics(row);
  const href = statisticsHref(row, kind === 'vm' ? '/vms' : '/hosts');
  const q = useQuery({ ...statisticsQuery(href), enabled: active && !!row.id && !inline, refetchInterval: listRefreshes ? false : gauge, refetchIntervalInBackground: false, meta: listRefreshes ? undefined : USAGE_META });
  if (!active) return { cpu: 0, memory: 0, active, loading: false };
  const stats = inline ?? q.data;
  return { ...(stats ? usageOf(kind, stats) : {}), active, loading: !stats && q.isPending };
}
