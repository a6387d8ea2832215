// Events for what happens: the engine's codes and severities, the correlation id of the request that caused
// them (also for steps that finish later on the engine clock) and links to the entities involved.
import { describe, expect, it } from 'vitest';
import { wireEngine } from './testing/wire';

type W = ReturnType<typeof wireEngine>;
const lastId = (w: W) => w.get('/events;max=1').xml.event[0].id;
const since = (w: W, from: string) => (w.get(`/events;from=${from}`).xml.event ?? []).reverse();

const flows: [string, (w: W) => string, number, [number, string][], string[]][] = [
  ['start a VM: started by the user, then up', (w) => { const vm = w.vmIn('down'); w.post(`/vms/${vm.id}/start`, '<action/>', { 'correlation-id': 'flow' }); return vm.id; },
    5000, [[153, 'normal'], [32, 'normal']], ['vm', 'host', 'cluster']],
  ['shut a VM down: user initiated, then down', (w) => { const vm = w.vmIn('up'); w.post(`/vms/${vm.id}/shutdown`, '<action/>', { 'correlation-id': 'flow' }); return vm.id; },
    5000, [[73, 'normal'], [61, 'normal']], ['vm', 'cluster']],
  ['deactivate and reactivate a storage domain', (w) => {
    const dc = w.engine.store.list('datacenters')[0];
    const sd = w.engine.store.list('storagedomains').find((d) => d.name === 'data2')!;
    w.post(`/datacenters/${dc.id}/storagedomains/${sd.id}/deactivate`, '<action/>', { 'correlation-id': 'flow' });
    w.tick(3000);
    w.post(`/datacenters/${dc.id}/storagedomains/${sd.id}/activate`, '<action/>', { 'correlation-id': 'flow' });
    return sd.id;
  }, 3000, [[968, 'normal'], [966, 'normal']], ['storage_domain', 'data_center']],
  ['put a host without VMs into maintenance', (w) => {
    const host = w.engine.store.list('hosts').find((h) => h.status.state === 'up' && !w.engine.store.list('vms').some((v) => v.host?.id === h.id))!;
    w.post(`/hosts/${host.id}/deactivate`, '<action/>', { 'correlation-id': 'flow' });
    return host.id;
  }, 3000, [[620, 'normal'], [15, 'normal']], ['host', 'cluster']],
];

describe('events', () => {
  it.each(flows)('%s', (_name, act, wait, expected, refs) => {
    const w = wireEngine();
    const from = lastId(w);
    const subject = act(w);
    w.tick(wait);
    const events = since(w, from).filter((e: any) => e.correlation_id === 'flow');
    expect(events.map((e: any) => [e.code, e.severity])).toEqual(expected);
    for (const e of events) {
      for (const r of refs) expect(e[r]?.href, `${e.code} links ${r}`).toMatch(new RegExp(`^/ovirt-engine/api/\\w+/${e[r].id}$`));
      expect(Object.values(e).some((v: any) => v?.id === subject)).toBe(true);
    }
  });

  it('the events are searchable by severity and paged with from=', () => {
    const w = wireEngine();
    const from = lastId(w);
    w.post('/events', '<event><description>disk nearly full</description><severity>warning</severity><origin>monitor</origin><custom_id>77</custom_id></event>');
    const warnings = w.get(`/events;from=${from}?search=${encodeURIComponent('severity>normal')}`).xml.event;
    expect(warnings.map((e: any) => e.description)).toEqual(['disk nearly full']);
  });
});
