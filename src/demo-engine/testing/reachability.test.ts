// A client that only follows links from the entry point reaches every GET route of the guide except those
// the real engine does not link either (notLinked.ts says why for each).
import { describe, expect, it } from 'vitest';
import tsv from './routes.tsv?raw';
import { parseRoutes } from './routeWalk';
import { crawlReachability } from './reachability';
import { NOT_LINKED } from './notLinked';

describe('routes reachable from the entry point', () => {
  const reach = crawlReachability(parseRoutes(tsv));

  it('reaches every GET route template but the ones no engine links', () => {
    expect(reach.missing.filter((t) => !(t in NOT_LINKED))).toEqual([]);
    expect(reach.reached.size).toBeGreaterThanOrEqual(reach.templates.length - Object.keys(NOT_LINKED).length);
  });

  it('reaches the templated links of the entry point and the deep sub-collections', () => {
    for (const t of ['/vms?search={query}', '/events;from={event}?search={query}', '/vms/{vm}/disks/{disk}/statistics/{statistic}',
      '/hosts/{host}/nics/{nic}/labels', '/storagedomains/{sd}/files', '/datacenters/{dc}/quotas/{quota}']) {
      expect([...reach.reached].some((r) => r.replace(/\{[a-z_]+\}/g, '{}') === t.replace(/\{[a-z_]+\}/g, '{}')), t).toBe(true);
    }
  });
});
