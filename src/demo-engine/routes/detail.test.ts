// guide 7.3.3: `Accept: application/xml; detail=statistics` lists hosts and VMs with their statistics
// inline, the same statistics their own sub-collections answer; without it the listing stays as it was.
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../xsd/parse';
import { wireEngine } from '../testing/wire';

const STATS = { accept: 'application/xml; detail=statistics' };

describe('detail=statistics on listings', () => {
  it.each(['vms', 'hosts'])('puts each %s item\'s statistics inline, as its statistics sub-collection has them', (segment) => {
    const w = wireEngine();
    const listed = w.get(`/${segment}`, STATS);
    expect(listed.status).toBe(200);
    const items: any[] = listed.xml[segment === 'vms' ? 'vm' : 'host'];
    for (const item of items.slice(0, 5)) {
      const own = w.get(`/${segment}/${item.id}/statistics`).xml.statistic;
      expect(item.statistics.statistic.map((s: any) => [s.name, s.values.value[0].datum])).toEqual(own.map((s: any) => [s.name, s.values.value[0].datum]));
    }
  });

  it('writes the statistics where the schema puts them and nothing without the parameter', () => {
    const w = wireEngine();
    const plain = w.get('/hosts');
    expect(plain.body).not.toContain('<statistics>');
    const body = w.get('/hosts', STATS).body;
    // api.xsd Host: `… ssh, statistics, cpu …`: the serializer writes the schema's order.
    const host = body.split('</host>')[0];
    expect(host.indexOf('<statistics>')).toBeGreaterThan(host.indexOf('<ssh>'));
    expect(host.indexOf('<statistics>')).toBeLessThan(host.indexOf('<cpu>'));
    expect(parseXml(body).root).toBe('hosts');
    expect(w.get('/clusters', STATS).body).not.toContain('<statistics>');
  });
});
