// @vitest-environment node
// Kept representations, sorted orders and search results never change what goes on the wire: every
// response equals what the engine writes from scratch (represent + toXml over a fresh filter and sort),
// and a write, a state change coming due or another user's view shows at once.
import { describe, expect, it } from 'vitest';
import { toXml } from '../xsd/serialize';
import { collectionBySegment } from './collections';
import { representTop } from './represent';
import { runSearch } from './search';
import { newestFirstSince } from './search/events';
import { wireEngine } from './testing/wire';
import type { Entity } from './types';
import type { Ctx } from './context';
import { visibleTo } from './permissions';

const MARY = { authorization: `Basic ${btoa('mary@internal:mary')}`, filter: 'true' };
type Wire = ReturnType<typeof wireEngine>;

/** The list document written from scratch: the whole collection filtered, sorted and paged anew, then serialized. */
function fromScratch(w: Wire, segment: string, search?: string, visible: (e: Entity) => boolean = () => true): string {
  const def = collectionBySegment.get(segment)!;
  let items = w.engine.store.list(segment).filter(visible);
  if (search) items = runSearch(segment, items, search, { store: w.engine.store, caseSensitive: true, now: w.engine.now() });
  return toXml(def.list, { [def.item]: items.map((e) => representTop(segment, e, w.base)) });
}

const page = (w: Wire, segment: string, search: string, headers?: Record<string, string>) =>
  w.get(`/${segment}?search=${encodeURIComponent(search)}`, headers);

describe('kept representations', () => {
  it('answer lists, searches and single GETs with the bytes written from scratch, asked once or many times', () => {
    const w = wireEngine({ vms: 300 });
    const searches: [string, string][] = [
      ['vms', 'page 1'], ['vms', 'sortby name desc page 2'], ['vms', 'status=up and name=web* page 1'],
      ['vms', 'sortby memory desc'], ['vms', 'cluster=Default sortby host'], ['vms', 'tag=*'], ['hosts', 'sortby name desc'],
      ['clusters', 'name=*'], ['templates', 'page 1'],
    ];
    for (let round = 0; round < 3; round++) {
      for (const [segment, search] of searches) expect(page(w, segment, search).body).toBe(fromScratch(w, segment, search));
      for (const segment of ['vms', 'hosts', 'storagedomains', 'users']) expect(w.get(`/${segment}`).body).toBe(fromScratch(w, segment));
      const events = newestFirstSince(w.engine.store.list('events'), undefined);
      expect(w.get('/events').body).toBe(toXml('events', { event: events.map((e) => representTop('events', e, w.base)) }));
      const vm = w.engine.store.list('vms')[123];
      expect(w.get(`/vms/${vm.id}`).body).toBe(toXml('vm', representTop('vms', vm, w.base)));
      expect(w.get(`/v3/vms/${vm.id}`).body).toBe(toXml('vm', representTop('vms', vm, `${w.base}/v3`)));
    }
  });

  it('show a write at once, in the entity, the list page and a search', () => {
    const w = wireEngine({ vms: 300 });
    const vm = w.vmIn('down');
    const name = vm.name;
    const before = page(w, 'vms', `name=${name}`).body;
    expect(w.get(`/vms/${vm.id}`).xml.description).not.toBe('changed by a test');
    expect(w.put(`/vms/${vm.id}`, '<vm><description>changed by a test</description></vm>').status).toBe(200);
    expect(w.get(`/vms/${vm.id}`).xml.description).toBe('changed by a test');
    const after = page(w, 'vms', `name=${name}`);
    expect(after.body).not.toBe(before);
    expect(after.xml.vm[0].description).toBe('changed by a test');
    expect(page(w, 'vms', 'description="changed by a test"').xml.vm.map((v: Entity) => v.id)).toEqual([vm.id]);
    // A rename moves the VM in the name order, and out of the old name's search.
    expect(w.put(`/vms/${vm.id}`, '<vm><name>aaa-first</name></vm>').status).toBe(200);
    expect(page(w, 'vms', 'page 1').xml.vm[0].name).toBe('aaa-first');
    expect(page(w, 'vms', `name=${name}`).xml?.vm).toBeUndefined();
    expect(page(w, 'vms', 'page 1').body).toBe(fromScratch(w, 'vms', 'page 1'));
  });

  it('show a state change that comes due later (a VM starting) without any request in between', () => {
    const w = wireEngine({ vms: 300 });
    const vm = w.vmIn('down');
    const stateIn = (search: string) => page(w, 'vms', search).xml.vm.find((v: Entity) => v.id === vm.id)?.status.state;
    expect(w.post(`/vms/${vm.id}/start`, '<action/>').status).toBe(200);
    expect(stateIn(`name=${vm.name}`)).toBe('wait_for_launch');
    expect(page(w, 'vms', 'status=up').xml.vm.map((v: Entity) => v.id)).not.toContain(vm.id);
    w.clock.t += 5000; // the clock moves on; the next request finds the change applied
    expect(stateIn(`name=${vm.name}`)).toBe('up');
    expect(stateIn('status=up')).toBe('up');
    expect(w.get(`/vms/${vm.id}`).xml.actions.link.map((l: { rel: string }) => l.rel)).toContain('shutdown');
  });

  it('show a change made to the store in place once it is marked (Store.touch)', () => {
    const w = wireEngine({ vms: 50 });
    const vm = w.engine.store.list('vms')[7];
    expect(w.get(`/vms/${vm.id}`).xml.comment).toBeUndefined();
    vm.comment = 'set in place';
    w.engine.store.touch();
    expect(w.get(`/vms/${vm.id}`).xml.comment).toBe('set in place');
    expect(page(w, 'vms', 'comment="set in place"').xml.vm.map((v: Entity) => v.id)).toEqual([vm.id]);
  });

  it('still filter a user-level listing, before and after the administrator asked for the same page', () => {
    const w = wireEngine({ vms: 300 });
    const mary = w.engine.store.list('users').find((u) => u.user_name?.startsWith('mary'))!;
    const ctx = { store: w.engine.store, user: mary, filtered: true } as unknown as Ctx;
    const hers = (e: Entity) => visibleTo(ctx, 'vms', e);
    const ids = (r: { xml: any }) => (r.xml?.vm ?? []).map((v: Entity) => v.id);
    for (const search of ['page 1', 'sortby name desc', 'status=up or status=down']) {
      const asMary = page(w, 'vms', search, MARY);
      const asAdmin = page(w, 'vms', search);
      expect(ids(asMary).length).toBeGreaterThan(0);
      expect(ids(asAdmin).length).toBeGreaterThan(ids(asMary).length);
      expect(page(w, 'vms', search, MARY).body).toBe(asMary.body);
      expect(asMary.body).toBe(fromScratch(w, 'vms', search, hers));
    }
    const other = w.engine.store.list('vms').find((v) => !hers(v))!;
    expect(w.get(`/vms/${other.id}`).status).toBe(200);
    expect(w.get(`/vms/${other.id}`, MARY).status).toBe(404);
  });

  it('write the whole 10,000-VM collection in one document', () => {
    const w = wireEngine({ vms: 10_000 });
    const r = w.get('/vms');
    expect(r.status).toBe(200);
    expect(r.xml.vm).toHaveLength(w.engine.store.list('vms').length);
    expect(r.body).toBe(fromScratch(w, 'vms'));
    expect(new TextDecoder().decode(r.encoded)).toBe(r.body);
  });
});
