// Cluster utilization from its hosts' statistics: CPU as the mean of the hosts' use weighted by their
// cores, memory as used over total across the hosts.
import type { XmlObject } from '../../xsd/parse';

export interface HostUsage { host: XmlObject; cpu?: number; memory?: number; memTotal?: number; memUsed?: number }

const cores = (h: XmlObject): number => {
  const t = h.cpu?.topology;
  const n = Number(t?.cores ?? 1) * Number(t?.sockets ?? 1) * Number(t?.threads ?? 1);
  return Number.isFinite(n) && n > 0 ? n : 1;
};

export function clusterUsage(hosts: readonly HostUsage[]): { cpu?: number; memory?: number; reporting: number } {
  const reporting = hosts.filter((h) => h.cpu !== undefined);
  if (!reporting.length) return { reporting: 0 };
  const weight = reporting.reduce((s, h) => s + cores(h.host), 0);
  const cpu = reporting.reduce((s, h) => s + (h.cpu ?? 0) * cores(h.host), 0) / weight;
  const total = reporting.reduce((s, h) => s + (h.memTotal ?? 0), 0);
  const used = reporting.reduce((s, h) => s + (h.memUsed ?? 0), 0);
  return { cpu, memory: total ? (used / total) * 100 : undefined, reporting: reporting.length };
}
