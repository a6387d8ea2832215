// Following the audit log (guide 25.4.1): the first read takes the newest page (`;max=`), every later
// poll asks only for what is newer than the newest event shown (`events;from=<id>`, the entry point's
// `events/search` template), so an idle poll transfers an empty `<events/>`. Older pages are read with
// `id<oldest` and merged under what is shown. Ids are numeric and increase.
// The feed of every event (criteria '') is the portal's change feed (issue 12): the only poll at the
// user's interval; what its new events name is invalidated (query/changes.ts), and the feeds in FOLLOWED
// get their new events from it instead of polling.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { fillTemplate, get, itemsOf, withMatrix, type EntryPoint } from '../../api';
import { entryPointQuery, invalidateNamed, keys, type Cadence } from '../../query';
import type { XmlObject } from '../../xsd/parse';

export const EVENTS_PAGE = 50;
/** At most this many events are kept on screen; older ones can be paged back again. */
export const MAX_SHOWN = 1000;

export interface EventFeed {
  /** Newest first. */
  events: XmlObject[];
  /** Whether `Load older` may find more. */
  hasOlder: boolean;
}

const idOf = (e: XmlObject): number => Number(e.id);

/** Merges fetched events into the shown ones: no duplicates, newest first, capped. */
export function mergeEvents(shown: readonly XmlObject[], fetched: readonly XmlObject[], cap = MAX_SHOWN): XmlObject[] {
  const byId = new Map<string, XmlObject>();
  for (const e of shown) byId.set(String(e.id), e);
  for (const e of fetched) byId.set(String(e.id), e);
  return [...byId.values()].sort((a, b) => idOf(b) - idOf(a)).slice(0, cap);
}

export const newestId = (events: readonly XmlObject[]): number => events.reduce((m, e) => Math.max(m, idOf(e) || 0), 0);
export const oldestId = (events: readonly XmlObject[]): number | undefined =>
  events.length ? events.reduce((m, e) => Math.min(m, idOf(e)), Infinity) : undefined;

/**
 * `criteria and extra`, keeping the engine's precedence right when the criteria hold `or`
 * (`a or b` and `x` becomes `a and x or b and x`; the language has no parentheses).
 */
export function andCriteria(criteria: string, extra: string): string {
  const c = criteria.trim();
  if (!c) return extra;
  if (!extra) return c;
  const parts = splitOr(c);
  return parts.map((p) => `${p} and ${extra}`).join(' or ');
}

function splitOr(text: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"' && text[i - 1] !== '\\') quoted = !quoted;
    if (!quoted && /\s/.test(text[i] ?? '') && /^\s+or\s+/i.test(text.slice(i))) {
      out.push(text.slice(start, i).trim());
      const m = /^\s+or\s+/i.exec(text.slice(i))!;
      i += m[0].length - 1;
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

/** The events path for a search, from an id and with a page size, through the entry point's template. */
export function eventsPath(ep: EntryPoint, opts: { criteria?: string; from?: number; max?: number }): string {
  const template = ep.searches.events ?? `${ep.collections.events ?? '/events'};from={event_id}?search={query}`;
  const path = fillTemplate(template, { query: opts.criteria?.trim() || undefined, event_id: opts.from });
  return opts.max === undefined ? path : withMatrix(path, { max: opts.max });
}

async function fetchEvents(client: QueryClient, opts: { criteria?: string; from?: number; max?: number }, signal?: AbortSignal) {
  const ep = await client.ensureQueryData(entryPointQuery());
  return itemsOf((await get(eventsPath(ep, opts), { signal })).value);
}

/** The change feed's search: every event. */
export const CHANGES = '';

// guide 25.1: severities in increasing order.
const SEVERITY = ['normal', 'warning', 'error', 'alert'];
const rank = (e: XmlObject) => SEVERITY.indexOf(String(e.severity ?? 'normal'));

/** Searches the change feed fills, with the same test the engine's search makes. */
const FOLLOWED: Record<string, (e: XmlObject) => boolean> = {
  'severity>normal': (e) => rank(e) > 0,
  'severity>=error': (e) => rank(e) >= 2,
};

/** How a view of this feed polls: the change feed is polled by the layout; followed feeds only without it. */
export const feedCadence = (criteria: string): Cadence | undefined =>
  criteria.trim() === CHANGES ? undefined : criteria.trim() in FOLLOWED ? 'followed' : 'changes';

/** New events seen by the change feed: invalidate what they name, and pass them to the followed feeds. */
function onChanges(client: QueryClient, fresh: readonly XmlObject[]): void {
  void invalidateNamed(client, fresh);
  for (const [criteria, match] of Object.entries(FOLLOWED)) {
    const mine = fresh.filter(match);
    if (mine.length) client.setQueryData<EventFeed>(keys.feed('events', criteria), (cur) => cur && { ...cur, events: mergeEvents(cur.events, mine, Math.max(MAX_SHOWN, cur.events.length)) });
  }
}

/** The feed for a search: the newest page at first, then only what is new since the newest shown. */
export const eventsFeedQuery = (criteria: string) =>
  queryOptions({
    queryKey: keys.feed('events', criteria),
    queryFn: async ({ client, signal, queryKey }): Promise<EventFeed> => {
      const prev = client.getQueryData<EventFeed>(queryKey);
      if (!prev) {
        const events = await fetchEvents(client, { criteria, max: EVENTS_PAGE }, signal);
        return { events: mergeEvents([], events), hasOlder: events.length >= EVENTS_PAGE };
      }
      const fresh = await fetchEvents(client, { criteria, from: newestId(prev.events) }, signal);
      if (fresh.length && criteria.trim() === CHANGES) onChanges(client, fresh);
      // Merge into what is shown now: a removal or an older page may have changed it during the request.
      const cur = client.getQueryData<EventFeed>(queryKey) ?? prev;
      return fresh.length ? { ...cur, events: mergeEvents(cur.events, fresh, Math.max(MAX_SHOWN, cur.events.length)) } : cur;
    },
    staleTime: 0,
  });

/** Reads the page before the oldest shown event and merges it into the feed. */
export async function loadOlderEvents(client: QueryClient, criteria: string): Promise<void> {
  const key = keys.feed('events', criteria);
  const prev = client.getQueryData<EventFeed>(key);
  const oldest = prev && oldestId(prev.events);
  if (!prev || oldest === undefined) return;
  const older = await fetchEvents(client, { criteria: andCriteria(criteria, `id<${oldest}`), max: EVENTS_PAGE });
  client.setQueryData<EventFeed>(key, (cur) =>
    cur && { events: mergeEvents(cur.events, older, Math.max(MAX_SHOWN, cur.events.length + older.length)), hasOlder: older.length >= EVENTS_PAGE });
}

/** After a removal: drop the event from every feed on screen (a `from=` poll cannot tell). */
export function forgetEvent(client: QueryClient, id: string): void {
  client.setQueriesData<EventFeed>({ queryKey: keys.feeds('events') }, (cur) => cur && { ...cur, events: cur.events.filter((e) => String(e.id) !== id) });
}

/**
 * Events removed by someone else (another admin, another tab): the newest page of the search read again, and
 * every shown event inside the ids it covers that it lacks leaves the feed. Events the feed brought during the
 * read stay; older shown ones than the page (paged back) are not checked. Returns how many left.
 */
export async function dropRemovedEvents(client: QueryClient, criteria: string, signal?: AbortSignal): Promise<number> {
  // What was shown before asking: an event the feed brings during the read is newer and stays.
  const high = newestId(client.getQueryData<EventFeed>(keys.feed('events', criteria))?.events ?? []);
  const page = await fetchEvents(client, { criteria, max: EVENTS_PAGE }, signal);
  const present = new Set(page.map((e) => String(e.id)));
  const ids = page.map(idOf);
  // A short page is the whole log for this search; a full one covers its ids only.
  const low = page.length >= EVENTS_PAGE ? Math.min(...ids) : -Infinity;
  let dropped = 0;
  client.setQueryData<EventFeed>(keys.feed('events', criteria), (cur) => {
    if (!cur) return cur;
    const events = cur.events.filter((e) => {
      const gone = idOf(e) >= low && idOf(e) <= high && !present.has(String(e.id));
      if (gone) dropped++;
      return !gone;
    });
    return dropped ? { ...cur, events } : cur;
  });
  return dropped;
}
