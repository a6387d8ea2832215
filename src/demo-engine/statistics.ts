// Statistics sub-collections (guide 15.6.10 VMs, 13 hosts, disks, NICs): computed when read, from the
// entity and the engine clock, so values move plausibly (slow waves per entity, never negative) and a
// stopped VM reports zero usage. Shape as recorded in ovirt-4.1-v3compat/016_get_hosts_*_statistics.xml.
import type { Ctx } from './context';
import type { Entity } from './types';
import { isRunning } from './vms/states';
import { findDiskAnywhere } from './storage/allDisks';
import { glusterStatistics } from './gluster/statistics';
import { stepStatistics } from './gluster/glusterSteps';

type Unit = 'PERCENT' | 'BYTES' | 'BYTES_PER_SECOND' | 'BITS_PER_SECOND' | 'SECONDS' | 'NONE';
export interface Stat {
  name: string; description: string; unit: Unit; kind: 'GAUGE' | 'COUNTER'; value: number; integer?: boolean;
  /** A STRING statistic's text (a Gluster task's status). */
  detail?: string;
  /** The host a figure is about, where an entity has one row per host (a Gluster task's step). */
  host?: string;
}

function seedOf(id: string): number {
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}

/** A value in [0, 1) that drifts over minutes, different per entity and per metric. */
function wave(id: string, metric: number, now: number): number {
  const s = seedOf(id) + metric * 7919;
  const t = now / 1000;
  const v = 0.5 + 0.3 * Math.sin(t / (40 + (s % 50)) + s) + 0.15 * Math.sin(t / (7 + (s % 5)) + s / 3);
  return Math.min(0.99, Math.max(0.01, v));
}

// Statistic ids are stable per entity and metric name (clients key rows by id).
function statId(entityId: string, name: string): string {
  const h = seedOf(entityId + name).toString(16).padStart(8, '0');
  return `${h}-${entityId.slice(9, 13)}-3${h.slice(1, 4)}-a${h.slice(4, 7)}-${entityId.slice(24, 36).padEnd(12, '0')}`;
}

/** How far a migration has come: time since it started over the time it takes (seeded migrations: half way). */
function migrationProgress(vm: Entity, now: number): number {
  if (vm.status?.state !== 'migrating') return 0;
  const m = vm._migration;
  return m ? Math.min(99, Math.round(((now - m.started) / m.ms) * 100)) : 50;
}

function vmStats(vm: Entity, now: number): Stat[] {
  const on = isRunning(vm) ? 1 : 0;
  const mem = vm.memory ?? 0;
  const used = Math.round(mem * (0.2 + 0.6 * wave(vm.id, 1, now)) * on);
  const guest = 100 * wave(vm.id, 2, now) * on;
  return [
    { name: 'memory.installed', description: 'Total memory configured', unit: 'BYTES', kind: 'GAUGE', value: mem, integer: true },
    { name: 'memory.used', description: 'Memory used (agent)', unit: 'BYTES', kind: 'GAUGE', value: used, integer: true },
    { name: 'memory.free', description: 'Memory free (agent)', unit: 'BYTES', kind: 'GAUGE', value: on ? mem - used : 0, integer: true },
    { name: 'memory.buffered', description: 'Memory buffered (agent)', unit: 'BYTES', kind: 'GAUGE', value: Math.round(used * 0.05), integer: true },
    { name: 'memory.cached', description: 'Memory cached (agent)', unit: 'BYTES', kind: 'GAUGE', value: Math.round(used * 0.2), integer: true },
    { name: 'cpu.current.guest', description: 'CPU used by guest', unit: 'PERCENT', kind: 'GAUGE', value: guest },
    { name: 'cpu.current.hypervisor', description: 'CPU overhead', unit: 'PERCENT', kind: 'GAUGE', value: guest * 0.05 },
    { name: 'cpu.current.total', description: 'Total CPU used', unit: 'PERCENT', kind: 'GAUGE', value: guest * 1.05 },
    { name: 'migration.progress', description: 'Migration Progress', unit: 'PERCENT', kind: 'GAUGE', value: migrationProgress(vm, now) },
    { name: 'network.current.total', description: 'Total network used', unit: 'PERCENT', kind: 'GAUGE', value: 10 * wave(vm.id, 3, now) * on },
    { name: 'elapsed.time', description: 'Elapsed VM runtime', unit: 'SECONDS', kind: 'GAUGE', integer: true,
      value: on && vm.start_time ? Math.max(0, Math.round((now - Date.parse(vm.start_time)) / 1000)) : 0 },
  ];
}

function hostStats(host: Entity, now: number, usedByVms: number): Stat[] {
  const total = host.memory ?? 0;
  const up = host.status?.state === 'up' ? 1 : 0;
  const used = Math.min(total, Math.round(total * 0.05 * up + usedByVms * 0.8));
  const user = 40 * wave(host.id, 1, now) * up;
  const system = 8 * wave(host.id, 2, now) * up;
  return [
    { name: 'memory.total', description: 'Total memory', unit: 'BYTES', kind: 'GAUGE', value: total, integer: true },
    { name: 'memory.used', description: 'Used memory', unit: 'BYTES', kind: 'GAUGE', value: used, integer: true },
    { name: 'memory.free', description: 'Free memory', unit: 'BYTES', kind: 'GAUGE', value: total - used, integer: true },
    { name: 'memory.shared', description: 'Shared memory', unit: 'BYTES', kind: 'GAUGE', value: 0, integer: true },
    { name: 'memory.buffers', description: 'IO buffers', unit: 'BYTES', kind: 'GAUGE', value: 0, integer: true },
    { name: 'memory.cached', description: 'OS caches', unit: 'BYTES', kind: 'GAUGE', value: Math.round(used * 0.1), integer: true },
    { name: 'swap.total', description: 'Total swap', unit: 'BYTES', kind: 'GAUGE', value: 8 * 1024 ** 3, integer: true },
    { name: 'swap.free', description: 'Free swap', unit: 'BYTES', kind: 'GAUGE', value: 8 * 1024 ** 3, integer: true },
    { name: 'swap.used', description: 'Used swap', unit: 'BYTES', kind: 'GAUGE', value: 0, integer: true },
    { name: 'swap.cached', description: 'Swap cached', unit: 'BYTES', kind: 'GAUGE', value: 0, integer: true },
    { name: 'ksm.cpu.current', description: 'KSM CPU usage', unit: 'PERCENT', kind: 'GAUGE', value: up * (host.ksm?.enabled === false ? 0 : 3 * wave(host.id, 3, now)) },
    { name: 'cpu.current.user', description: 'User CPU usage', unit: 'PERCENT', kind: 'GAUGE', value: user },
    { name: 'cpu.current.system', description: 'System CPU usage', unit: 'PERCENT', kind: 'GAUGE', value: system },
    { name: 'cpu.current.idle', description: 'Idle CPU usage', unit: 'PERCENT', kind: 'GAUGE', value: 100 - user - system },
    { name: 'cpu.load.avg.5m', description: 'CPU 5 minute load average', unit: 'PERCENT', kind: 'GAUGE', value: (user + system) / 25 },
    { name: 'boot.time', description: 'Boot time of the machine', unit: 'NONE', kind: 'GAUGE', value: Math.round(Number(host.created ?? now) / 1000) - 86400 * 30, integer: true },
  ];
}

function diskStats(disk: Entity, now: number, on: number): Stat[] {
  return [
    { name: 'data.current.read', description: 'Read data rate', unit: 'BYTES_PER_SECOND', kind: 'GAUGE', value: Math.round(5e6 * wave(disk.id, 1, now) * on), integer: true },
    { name: 'data.current.write', description: 'Write data rate', unit: 'BYTES_PER_SECOND', kind: 'GAUGE', value: Math.round(2e6 * wave(disk.id, 2, now) * on), integer: true },
    { name: 'disk.read.latency', description: 'Read latency', unit: 'SECONDS', kind: 'GAUGE', value: 0.002 * wave(disk.id, 3, now) * on },
    { name: 'disk.write.latency', description: 'Write latency', unit: 'SECONDS', kind: 'GAUGE', value: 0.004 * wave(disk.id, 4, now) * on },
    { name: 'disk.flush.latency', description: 'Flush latency', unit: 'SECONDS', kind: 'GAUGE', value: 0.001 * on },
  ];
}

function nicStats(nic: Entity, now: number, on: number): Stat[] {
  const rx = Math.round(1e6 * wave(nic.id, 1, now) * on);
  const tx = Math.round(4e5 * wave(nic.id, 2, now) * on);
  const secs = Math.round(now / 1000) % 1e7;
  return [
    { name: 'data.current.rx', description: 'Receive data rate', unit: 'BYTES_PER_SECOND', kind: 'GAUGE', value: rx, integer: true },
    { name: 'data.current.tx', description: 'Transmit data rate', unit: 'BYTES_PER_SECOND', kind: 'GAUGE', value: tx, integer: true },
    { name: 'data.total.rx', description: 'Total received data', unit: 'BYTES', kind: 'COUNTER', value: rx * secs * on, integer: true },
    { name: 'data.total.tx', description: 'Total transmitted data', unit: 'BYTES', kind: 'COUNTER', value: tx * secs * on, integer: true },
    { name: 'errors.total.rx', description: 'Total received errors', unit: 'NONE', kind: 'COUNTER', value: 0, integer: true },
    { name: 'errors.total.tx', description: 'Total transmitted errors', unit: 'NONE', kind: 'COUNTER', value: 0, integer: true },
  ];
}

// A host NUMA node: its share of memory and CPU (guide 13.9).
function numaStats(node: Entity, now: number, on: number): Stat[] {
  const total = (node.memory ?? 0) * 1024 ** 2;
  const used = Math.round(total * (0.1 + 0.5 * wave(node.id, 1, now)) * on);
  const user = 40 * wave(node.id, 2, now) * on;
  const system = 6 * wave(node.id, 3, now) * on;
  return [
    { name: 'memory.total', description: 'Total memory', unit: 'BYTES', kind: 'GAUGE', value: total, integer: true },
    { name: 'memory.used', description: 'Used memory', unit: 'BYTES', kind: 'GAUGE', value: used, integer: true },
    { name: 'memory.free', description: 'Free memory', unit: 'BYTES', kind: 'GAUGE', value: total - used, integer: true },
    { name: 'cpu.current.user', description: 'User CPU usage', unit: 'PERCENT', kind: 'GAUGE', value: user },
    { name: 'cpu.current.system', description: 'System CPU usage', unit: 'PERCENT', kind: 'GAUGE', value: system },
    { name: 'cpu.current.idle', description: 'Idle CPU usage', unit: 'PERCENT', kind: 'GAUGE', value: 100 - user - system },
  ];
}


/** A disk's rates wherever it is stored; it moves data only while attached to a running VM. */
function diskStatsOf(ctx: Ctx, id: string, now: number) {
  const found = findDiskAnywhere(ctx.store, id);
  if (!found) return undefined;
  const vm = found.key === 'disks' ? undefined : ctx.store.get('vms', found.key.split('/')[1]);
  const on = vm && isRunning(vm) && found.disk.active !== false ? 1 : 0;
  return { stats: diskStats(found.disk, now, on), owner: { disk: { id } } };
}

/** The statistics of the entity at `segments` (`vms/{id}`, `hosts/{id}`, `vms/{id}/disks/{id}`, …), or undefined. */
export function statisticsOf(ctx: Ctx, segments: string[]): { stats: Stat[]; owner: Record<string, any> } | undefined {
  const now = ctx.now();
  const [coll, id, sub, subId] = segments;
  if (coll === 'disks' && !sub) return diskStatsOf(ctx, id, now);
  if (coll === 'clusters' && sub === 'glustervolumes') return glusterStatistics(ctx.store, segments, now);
  const top = ctx.store.get(coll, id);
  if (!top) return undefined;
  if (!sub) {
    if (coll === 'vms') return { stats: vmStats(top, now), owner: { vm: { id } } };
    if (coll === 'hosts') {
      const used = ctx.store.list('vms').filter((v) => v.host?.id === id && isRunning(v)).reduce((s, v) => s + (v.memory ?? 0), 0);
      return { stats: hostStats(top, now, used), owner: { host: { id } } };
    }
    if (coll === 'disks') return diskStatsOf(ctx, id, now);
    return undefined;
  }
  if (coll === 'storagedomains' && sub === 'disks') {
    return diskStatsOf(ctx, subId, now);
  }
  const child = ctx.store.get(`${coll}/${id}/${sub}`, subId);
  if (!child) return undefined;
  if (coll === 'jobs' && sub === 'steps') return { stats: stepStatistics(child, now), owner: { step: { id: subId } } };
  if (coll === 'hosts') {
    const up = top.status?.state === 'up' ? 1 : 0;
    if (sub === 'nics') return { stats: nicStats(child, now, up && child.status?.state === 'up' ? 1 : 0), owner: { host_nic: { id: subId } } };
    if (sub === 'numanodes') return { stats: numaStats(child, now, up), owner: { host_numa_node: { id: subId } } };
    return undefined;
  }
  if (coll !== 'vms') return undefined;
  const on = isRunning(top) && child.active !== false && child.plugged !== false ? 1 : 0;
  if (sub === 'disks') return { stats: diskStats(child, now, on), owner: { disk: { id: subId } } };
  if (sub === 'nics') return { stats: nicStats(child, now, on), owner: { nic: { id: subId } } };
  return undefined;
}

export function statisticRepresentations(ctx: Ctx, segments: string[], href: string) {
  const found = statisticsOf(ctx, segments);
  if (!found) return undefined;
  return found.stats.map((s) => {
    const id = statId(segments[segments.length - 1], s.name + (s.host ?? ''));
    const datum = s.integer ? Math.round(s.value) : Math.round(s.value * 100) / 100;
    const type = s.detail !== undefined ? 'STRING' : s.integer ? 'INTEGER' : 'DECIMAL';
    return {
      id, href: `${href}/${id}`, name: s.name, description: s.description,
      values: { type, value: [{ datum, detail: s.detail }] }, type: s.kind, unit: s.unit,
      ...(s.host ? { host: { id: s.host, href: `${ctx.base}/hosts/${s.host}` } } : {}),
      ...withHref(ctx, found.owner, segments),
    };
  });
}

// The owner reference (`<vm id href/>`); a VM device's owner href is under its VM.
function withHref(ctx: Ctx, owner: Record<string, any>, segments: string[]): Record<string, any> {
  const [k, v] = Object.entries(owner)[0];
  return { [k]: { ...v, href: `${ctx.base}/${segments.join('/')}` } };
}
