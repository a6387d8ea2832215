// The events feed: the newest page first, then only `from=<newest id>`, merged on top; older pages with
// `id<oldest`; and the events view showing a new event without anything else reloading.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import api41 from '../../api/__fixtures__/api-4.1.xml?raw';
import { fakeFetch, xmlResponse, type Recorded } from '../../test/fakeFetch';
import { freshClient, renderPage } from '../../test/renderPage';
import EventsView from './EventsView';
import { andCriteria, eventsFeedQuery, forgetEvent, loadOlderEvents, mergeEvents } from './eventsFeed';

afterEach(() => vi.unstubAllGlobals());

const event = (id: number, text: string, severity = 'normal') =>
  `<event href="/ovirt-engine/api/events/${id}" id="${id}"><description>${text}</description><code>1</code><severity>${severity}</severity><time>2026-11-30T10:00:${String(id % 60).padStart(2, '0')}Z</time><origin>oVirt</origin><custom_id>-1</custom_id></event>`;
const events = (...items: string[]) => xmlResponse(`<events>${items.join('')}</events>`);

/** An engine whose log grows; answers `from=` and `max=` like the demo engine. */
function engine(log: { id: number; text: string; severity?: string }[]) {
  return fakeFetch([
    { path: '/', answer: () => xmlResponse(api41) },
    {
      path: /^\/events/,
      answer: (req: Recorded) => {
        const from = /;from=(\d+)/.exec(req.path)?.[1];
        const max = /;max=(\d+)/.exec(req.path)?.[1];
        const below = /id<(\d+)/.exec(req.path)?.[1];
        let list = [...log].sort((a, b) => b.id - a.id);
        if (from) list = list.filter((e) => e.id > Number(from));
        if (below) list = list.filter((e) => e.id < Number(below));
        if (max) list = list.slice(0, Number(max));
        return events(...list.map((e) => event(e.id, e.text, e.severity)));
      },
    },
  ]);
}

describe('mergeEvents', () => {
  const e = (id: number) => ({ id: String(id), description: `e${id}` });
  it('puts new events on top, drops duplicates, keeps newest first and caps', () => {
    expect(mergeEvents([e(3), e(2)], [e(5), e(3), e(4)]).map((x) => x.id)).toEqual(['5', '4', '3', '2']);
    expect(mergeEvents([e(3), e(2), e(1)], [e(4)], 2).map((x) => x.id)).toEqual(['4', '3']);
  });
  it('lets a fetched copy replace the shown one', () => {
    expect(mergeEvents([{ id: '1', description: 'old' }], [{ id: '1', description: 'new' }])[0].description).toBe('new');
  });
});

describe('andCriteria', () => {
  it('adds a condition to every alternative (the language has no parentheses)', () => {
    expect(andCriteria('', 'id<5')).toBe('id<5');
    expect(andCriteria('severity=error', '')).toBe('severity=error');
    expect(andCriteria('vm.name=a or vm.name=b', 'id<5')).toBe('vm.name=a and id<5 or vm.name=b and id<5');
    expect(andCriteria('message="x or y"', 'id<5')).toBe('message="x or y" and id<5');
  });
});

describe('eventsFeedQuery', () => {
  it('reads the newest page, then only what is newer than the newest shown', async () => {
    const log = [{ id: 10, text: 'ten' }, { id: 11, text: 'eleven' }];
    const { calls } = engine(log);
    const client = freshClient();
    const first = await client.fetchQuery(eventsFeedQuery('severity>normal'));
    expect(first.events.map((e) => e.id)).toEqual(['11', '10']);
    expect(calls[1].path).toBe('/events;max=50?search=severity>normal');

    log.push({ id: 12, text: 'twelve' });
    await client.refetchQueries({ queryKey: eventsFeedQuery('severity>normal').queryKey });
    const second = client.getQueryData(eventsFeedQuery('severity>normal').queryKey)!;
    expect(calls[2].path).toBe('/events;from=11?search=severity>normal');
    expect(second.events.map((e) => e.id)).toEqual(['12', '11', '10']);

    // Nothing new: the same data object (no re-render), and the poll again starts from the newest.
    await client.refetchQueries({ queryKey: eventsFeedQuery('severity>normal').queryKey });
    expect(calls[3].path).toBe('/events;from=12?search=severity>normal');
    expect(client.getQueryData(eventsFeedQuery('severity>normal').queryKey)).toBe(second);
  });

  it('pages back through history below the oldest shown event', async () => {
    const log = Array.from({ length: 120 }, (_, i) => ({ id: i + 1, text: `event ${i + 1}` }));
    const { calls } = engine(log);
    const client = freshClient();
    const first = await client.fetchQuery(eventsFeedQuery(''));
    expect(first).toMatchObject({ hasOlder: true });
    expect(first.events).toHaveLength(50);
    await loadOlderEvents(client, '');
    expect(calls[calls.length - 1].path).toBe('/events;max=50?search=id<71');
    const feed = client.getQueryData(eventsFeedQuery('').queryKey)!;
    expect(feed.events).toHaveLength(100);
    expect(feed.events[99].id).toBe('21');
    await loadOlderEvents(client, '');
    expect(client.getQueryData(eventsFeedQuery('').queryKey)).toMatchObject({ hasOlder: false });
  });
});

describe('EventsView', () => {
  it('shows a new event on top when the feed refreshes, as text', async () => {
    const log: { id: number; text: string; severity?: string }[] = [{ id: 1, text: 'VM web01 started.' }];
    engine(log);
    const client = freshClient();
    renderPage(<EventsView criteria="" />, { client });
    const table = await screen.findByRole('table', { name: 'Events' });
    expect(within(table).getByText('VM web01 started.')).toBeInTheDocument();
    log.push({ id: 2, text: '&lt;b&gt;Host down&lt;/b&gt;', severity: 'alert' }); // markup, escaped on the wire
    await client.refetchQueries();
    await waitFor(() => expect(within(table).getAllByRole('row')[1]).toHaveTextContent('<b>Host down</b>'));
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Alert');
    expect(table.querySelector('b')).toBeNull();
    expect(screen.getByText(/Beginning of the log/)).toBeInTheDocument();
  });
});

describe('a removal during a poll', () => {
  it('is not undone when the poll answers', async () => {
    let release: (() => void) | undefined;
    const log = [{ id: 1, text: 'one' }, { id: 2, text: 'two' }];
    fakeFetch([
      { path: '/', answer: () => xmlResponse(api41) },
      { path: /^\/events;max/, answer: () => events(...log.map((e) => event(e.id, e.text))) },
      { path: /^\/events;from/, answer: () => new Promise<Response>((r) => { release = () => r(events()); }) },
    ]);
    const client = freshClient();
    const key = eventsFeedQuery('').queryKey;
    await client.fetchQuery(eventsFeedQuery(''));
    const poll = client.refetchQueries({ queryKey: key });
    await waitFor(() => expect(release).toBeDefined()); // the poll is in flight
    forgetEvent(client, '2');
    release!();
    await poll;
    expect(client.getQueryData(key)!.events.map((e) => e.id)).toEqual(['1']);
  });
});
