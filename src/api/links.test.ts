// Entry point discovery from the real 4.1 and 3.1 entry points, with absolute, root-relative and
// relative hrefs.
import { describe, expect, it } from 'vitest';
import { parseXml } from '../xsd/parse';
import api41 from './__fixtures__/api-4.1.xml?raw';
import api31 from './__fixtures__/api-3.1.xml?raw';
import { collectionPath, fillTemplate, parseEntryPoint } from './links';
import { apiPath, apiUrl, withMatrix } from './url';

const entry = (xml: string) => parseEntryPoint(parseXml(xml).value);

describe('entry point', () => {
  it('reads the oVirt 4.1 entry point (v3 compatibility)', () => {
    const ep = entry(api41);
    expect(ep.collections.vms).toBe('/vms');
    expect(ep.collections.storagedomains).toBe('/storagedomains');
    expect(ep.collections.katelloerrata).toBe('/katelloerrata');
    expect(ep.searches.vms).toBe('/vms?search={query}');
    expect(ep.searches.events).toBe('/events;from={event_id}?search={query}');
    expect(ep.collections['vms/search']).toBeUndefined();
    expect(ep.specialObjects['templates/blank']).toBe('/templates/00000000-0000-0000-0000-000000000000');
    expect(ep.productInfo).toEqual({ name: 'oVirt Engine', vendor: 'ovirt.org', version: '4.1.0.0', fullVersion: '4.1.0_master' });
    expect(ep.summary).toEqual({
      vms: { total: 8, active: 0 }, hosts: { total: 3, active: 2 },
      users: { total: 1, active: 1 }, storage_domains: { total: 5, active: 4 },
    });
    expect(ep.time).toMatch(/^2016-11-28T14:55:04/);
  });

  it('reads the RHEV-M 3.1 entry point with its /api prefix', () => {
    const ep = entry(api31);
    expect(ep.collections.vms).toBe('/vms');
    expect(ep.collections.capabilities).toBe('/capabilities');
    expect(ep.searches.hosts).toBe('/hosts?search={query}');
    expect(ep.searches.networks).toBeUndefined(); // 3.1 could not search networks
    expect(ep.productInfo?.name).toBe('Red Hat Enterprise Virtualization');
    expect(ep.productInfo?.fullVersion).toBeUndefined();
    expect(ep.summary.vms).toEqual({ total: 19, active: 16 });
  });

  it('takes absolute and relative hrefs alike', () => {
    const ep = entry(`<api>
      <link href="https://engine.example.com:8443/ovirt-engine/api/vms" rel="vms"/>
      <link href="https://engine.example.com/ovirt-engine/api/vms?search={query}" rel="vms/search"/>
      <link href="hosts" rel="hosts"/>
      <link href="/api/clusters" rel="clusters"/>
    </api>`);
    expect(ep.collections).toEqual({ vms: '/vms', hosts: '/hosts', clusters: '/clusters' });
    expect(ep.searches.vms).toBe('/vms?search={query}');
  });
});

describe('URI templates and paths', () => {
  it('fills {query} URL-encoded and drops variables not given', () => {
    const ep = entry(api41);
    expect(collectionPath(ep, 'vms', 'name="my vm" sortby name desc page 2')).toBe('/vms?search=name%3D%22my%20vm%22%20sortby%20name%20desc%20page%202');
    expect(collectionPath(ep, 'vms', '')).toBe('/vms');
    expect(collectionPath(ep, 'roles', 'x')).toBe('/roles'); // not searchable: the plain collection
    expect(collectionPath(ep, 'nothing', 'x')).toBeUndefined();
    expect(fillTemplate(ep.searches.events, { query: 'severity>normal' })).toBe('/events?search=severity%3Enormal');
    expect(fillTemplate(ep.searches.events, { query: 'x', event_id: 42 })).toBe('/events;from=42?search=x');
  });

  it.each([
    ['/ovirt-engine/api', '/'],
    ['/ovirt-engine/api/vms/1', '/vms/1'],
    ['https://h:8443/ovirt-engine/api/vms/1/nics', '/vms/1/nics'],
    ['/ovirt-engine/api;max=1', ';max=1'],
    ['/api/vms/1', '/vms/1'],
    ['/rhevm-api/hosts', '/hosts'],
    ['vms/1', '/vms/1'],
    ['/vms', '/vms'],
  ])('apiPath(%s) = %s', (href, path) => {
    expect(apiPath(href)).toBe(path);
  });

  it('builds same-origin URLs with matrix parameters before the query string', () => {
    expect(apiUrl('https://elsewhere/ovirt-engine/api/vms')).toBe('/ovirt-engine/api/vms');
    expect(withMatrix('/vms?search=a', { max: 10, 'case-sensitive': false })).toBe('/vms;max=10;case-sensitive=false?search=a');
    expect(withMatrix('/vms', { max: undefined })).toBe('/vms');
  });
});
