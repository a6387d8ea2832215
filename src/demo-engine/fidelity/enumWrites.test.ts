// @vitest-environment node
// Issue 15: enumerated elements the portal's forms now offer as pickers are stored as sent (api.xsd DataCenter
// quota_mode, PowerManagement pm_proxies in the order given).
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

describe('enumerated elements the forms offer from /capabilities', () => {
  it('a data center keeps the quota mode it is given', () => {
    const w = wireEngine();
    const dc = w.engine.store.list('datacenters')[0];
    expect(w.put(`/datacenters/${dc.id}`, '<data_center><quota_mode>audit</quota_mode></data_center>').status).toBe(200);
    expect(w.get(`/datacenters/${dc.id}`).xml.quota_mode).toBe('audit');
  });

  it('a host keeps its fence proxy preference in order', () => {
    const w = wireEngine();
    const host = w.engine.store.list('hosts')[0];
    const body = '<host><power_management><pm_proxies><pm_proxy><type>dc</type></pm_proxy><pm_proxy><type>cluster</type></pm_proxy></pm_proxies></power_management></host>';
    expect(w.put(`/hosts/${host.id}`, body).status).toBe(200);
    const proxies = w.get(`/hosts/${host.id}`).xml.power_management.pm_proxies.pm_proxy;
    expect([proxies].flat().map((p: { type: string }) => p.type)).toEqual(['dc', 'cluster']);
  });
});
