// The change feed (issue 12): new events invalidate exactly what they name (their lists, counts, detail
// and the dashboard summary) and reach the followed feeds (alerts, notifications), which then need no
// polling of their own. Against a fake engine whose log grows.
import { afterEach, describe, expect, it, vi } from 'vitest';
import api41 from '../../api/__fixtures__/api-4.1.xml?raw';
import { keys, namedBy } from '../../query';
import { fakeFetch, xmlResponse, type Recorded } from '../../test/fakeFetch';
import { freshClient } from '../../test/renderPage';
import { CHANGES, eventsFeedQuery, feedCadence } from './eventsFeed';

afterEach(() => vi.unstubAllGlobals());

interface Logged { id: number; severity: string; refs?: string }
const event = (e: Logged) =>
  `<event href="/ovirt-engine/api/events/${e.id}" id="${e.id}"><description>e${e.id}</description><code>1</code><severity>${e.severity}</severity>${e.refs ?? ''}</event>`;

function engine(log: Logged[]) {
  return fakeFetch([
    { path: '/', answer: () => xmlResponse(api41) },
    {
      path: /^\/events/,
      answer: (req: Recorded) => {
        const from = Number(/;from=(\d+)/.exec(req.path)?.[1] ?? 0);
        return xmlResponse(`<events>${log.filter((e) => e.id > from).sort((a, b) => b.id - a.id).map(event).join('')}</events>`);
      },
    },
  ]);
}

const VM = '<vm href="/ovirt-engine/api/vms/v1" id="v1"/>';
const HOST = '<host href="/ovirt-engine/api/hosts/h1" id="h1"/>';

describe('namedBy', () => {
  it('collects the collections and ids events name, and nothing for an event about nothing', () => {
    const named = namedBy([{ id: '1', vm: { id: 'v1' }, host: { id: 'h1' } }, { id: '2', vm: { id: 'v2' }, data_center: { id: 'd1' } }, { id: '3' }]);
    expect(Object.fromEntries([...named].map(([c, ids]) => [c, [...ids]]))).toEqual({ vms: ['v1', 'v2'], hosts: ['h1'], datacenters: ['d1'] });
  });
});

describe('the change feed', () => {
  it('invalidates what new events name, and only that', async () => {
    const log: Logged[] = [{ id: 1, severity: 'normal' }];
    engine(log);
    const client = freshClient();
    await client.fetchQuery(eventsFeedQuery(CHANGES));
    const seeded = [
      keys.list('vms', { criteria: '', page: 1 }), keys.listWithStatistics('vms', { criteria: '', page: 1 }), keys.count('vms', 'status=paused', 100),
      keys.detail('vms', 'v1'), keys.detail('vms', 'v2'), keys.list('hosts', { all: true }), keys.detail('hosts', 'h1'), keys.summary(), keys.list('networks', { all: true }),
    ];
    for (const k of seeded) client.setQueryData(k, { seeded: true });
    const stale = () => seeded.filter((k) => client.getQueryState(k)?.isInvalidated).map((k) => JSON.stringify(k));

    await client.refetchQueries({ queryKey: keys.feed('events', CHANGES) });
    expect(stale()).toEqual([]); // nothing new: nothing changed

    log.push({ id: 2, severity: 'normal', refs: VM });
    await client.refetchQueries({ queryKey: keys.feed('events', CHANGES) });
    expect(stale()).toEqual([
      keys.list('vms', { criteria: '', page: 1 }), keys.listWithStatistics('vms', { criteria: '', page: 1 }), keys.count('vms', 'status=paused', 100),
      keys.detail('vms', 'v1'), keys.summary(),
    ].map((k) => JSON.stringify(k)));
  });

  it('passes new warnings and errors to the alerts and notification feeds, each what its search would find', async () => {
    const log: Logged[] = [{ id: 1, severity: 'error' }];
    const { calls } = engine(log);
    const client = freshClient();
    await client.fetchQuery(eventsFeedQuery(CHANGES));
    await client.fetchQuery(eventsFeedQuery('severity>normal'));
    await client.fetchQuery(eventsFeedQuery('severity>=error'));
    const before = calls.length;

    log.push({ id: 2, severity: 'warning', refs: HOST }, { id: 3, severity: 'normal' }, { id: 4, severity: 'alert' });
    await client.refetchQueries({ queryKey: keys.feed('events', CHANGES) });
    expect(calls.length).toBe(before + 1); // one request: the change feed's
    const ids = (criteria: string) => client.getQueryData(eventsFeedQuery(criteria).queryKey)!.events.map((e) => e.id);
    expect(ids('severity>normal')).toEqual(['4', '2', '1']);
    expect(ids('severity>=error')).toEqual(['4', '1']);
    expect(ids(CHANGES)).toEqual(['4', '3', '2', '1']);
  });

  it('tells each view how to poll: the change feed by the layout, followed feeds through it, other searches themselves', () => {
    expect(feedCadence(CHANGES)).toBeUndefined();
    expect(feedCadence('severity>normal')).toBe('followed');
    expect(feedCadence('vm.name=web01')).toBe('changes');
  });
});
