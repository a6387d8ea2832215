// Statistics sub-collections (guide 15.6.10 VMs, chapter 13 hosts, disks and NICs): each <statistic>
// has a name, unit, GAUGE/COUNTER type and one datum. Read from the resource's statistics href.
import { queryOptions } from '@tanstack/react-query';
import { get, itemsOf } from '../../api';
import { keys } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import { formatBytes } from '../format';

export type StatKind = 'vm' | 'host' | 'disk' | 'nic';
export type StatUnit = 'PERCENT' | 'BYTES' | 'BYTES_PER_SECOND' | 'BITS_PER_SECOND' | 'SECONDS' | 'NONE' | string;
export interface Statistic { name: string; description: string; unit: StatUnit; type: string; value: number }

function datumOf(s: XmlObject): number {
  const v = s.values?.value;
  const first = Array.isArray(v) ? v[0] : v;
  const d = first && typeof first === 'object' ? first.datum : first;
  const n = typeof d === 'number' ? d : Number(d);
  return Number.isFinite(n) ? n : NaN;
}

export function parseStatistics(items: readonly XmlObject[]): Statistic[] {
  return items
    .map((s) => ({ name: String(s.name ?? ''), description: String(s.description ?? ''), unit: String(s.unit ?? 'NONE').toUpperCase(), type: String(s.type ?? ''), value: datumOf(s) }))
    .filter((s) => s.name && Number.isFinite(s.value));
}

export const statisticsQuery = (href: string) =>
  queryOptions({
    queryKey: keys.statistics(href),
    queryFn: async ({ signal }): Promise<Statistic[]> => parseStatistics(itemsOf((await get(href, { signal })).value)),
    staleTime: 2_000,
  });

/** The statistics href of a resource: its `statistics` link, else `<collection>/<id>/statistics`. */
export function statisticsHref(resource: XmlObject, collectionPath: string): string {
  const links = Array.isArray(resource.link) ? resource.link : resource.link ? [resource.link] : [];
  const link = links.find((l: XmlObject) => l?.rel === 'statistics')?.href;
  return typeof link === 'string' ? link : `${collectionPath}/${encodeURIComponent(String(resource.id))}/statistics`;
}

/** A value in its unit: "12.5 %", "1.5 GiB", "3.2 MiB/s", "4 ms". */
export function formatStat(value: number, unit: StatUnit): string {
  if (!Number.isFinite(value)) return '';
  switch (unit) {
    case 'PERCENT':
      return `${value.toFixed(value < 10 ? 1 : 0)} %`;
    case 'BYTES':
      return formatBytes(Math.round(value));
    case 'BYTES_PER_SECOND':
      return `${formatBytes(Math.round(value))}/s`;
    case 'BITS_PER_SECOND':
      return value >= 1e9 ? `${(value / 1e9).toFixed(1)} Gbit/s` : value >= 1e6 ? `${(value / 1e6).toFixed(1)} Mbit/s` : `${(value / 1e3).toFixed(1)} kbit/s`;
    case 'SECONDS':
      return value < 1 ? `${(value * 1000).toFixed(value < 0.01 ? 2 : 1)} ms` : `${value.toFixed(0)} s`;
    default:
      return String(Math.round(value * 100) / 100);
  }
}

const byName = (stats: readonly Statistic[], name: string) => stats.find((s) => s.name === name)?.value;

/** CPU and memory use in percent, for usage bars (undefined when the engine does not report them). */
export function usageOf(kind: 'vm' | 'host', stats: readonly Statistic[]): { cpu?: number; memory?: number } {
  if (kind === 'vm') {
    const installed = byName(stats, 'memory.installed');
    const used = byName(stats, 'memory.used');
    return { cpu: byName(stats, 'cpu.current.total') ?? byName(stats, 'cpu.current.guest'), memory: installed ? ((used ?? 0) / installed) * 100 : undefined };
  }
  const total = byName(stats, 'memory.total');
  const used = byName(stats, 'memory.used');
  const idle = byName(stats, 'cpu.current.idle');
  const cpu = idle !== undefined ? 100 - idle : (byName(stats, 'cpu.current.user') ?? 0) + (byName(stats, 'cpu.current.system') ?? 0);
  return { cpu, memory: total ? ((used ?? 0) / total) * 100 : undefined };
}
