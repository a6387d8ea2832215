// A history of past events, so the events page has something to page through.
import type { EngineEvent } from '../context';
import { recordEvent } from '../events';
import type { Random } from '../ids';
import type { Store } from '../store';

export function seedEvents(store: Store, rnd: Random, now: number): void {
  const vms = store.list('vms');
  const hosts = store.list('hosts');
  const past: EngineEvent[] = [
    ...hosts.map((h) => ({ code: 16, severity: 'normal' as const, description: `Host ${h.name} was activated by admin@internal.`, refs: { host: h.id } })),
    ...vms.slice(0, 30).map((v) => ({ code: 32, severity: 'normal' as const, description: `VM ${v.name} was started by admin@internal (Host: ${hosts[0].name}).`, refs: { vm: v.id } })),
    { code: 9000, severity: 'warning' as const, description: `Failed to verify Power Management configuration for Host ${hosts[4].name}.`, refs: { host: hosts[4].id } },
    { code: 12, severity: 'error' as const, description: `Host ${hosts[4].name} is non responsive.`, refs: { host: hosts[4].id } },
    { code: 24, severity: 'warning' as const, description: `Low disk space. data2 domain has 900 GB of free space.`, refs: {} },
  ];
  past.forEach((e, i) => {
    recordEvent(store, e, now - (past.length - i) * 600_000 - rnd.int(0, 300_000));
  });
}
