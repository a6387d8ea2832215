// The entry point (guide 3.1, chapter 4): collection links and `rel="x/search"` URI templates,
// special objects, product_info, a live summary and the engine time. Also `GET /capabilities`.
import type { Ctx } from '../context';
import { COLLECTIONS } from '../collections';
import { BLANK_ID } from '../ids';
import { xml } from '../respond';
import { notFound } from '../faults';
import { capabilities } from '../data/capabilities';
import docs from '../data/engine-docs.json';

const ACTIVE_VM = new Set(['up', 'powering_up', 'reboot_in_progress', 'migrating', 'paused', 'powering_down']);

export function entryPoint(ctx: Ctx) {
  // guide 4.5: `?rsdl` is the API's description, `?schema` the XML schema it references.
  if ('rsdl' in ctx.url.query) return { status: 200, headers: { 'Content-Type': 'application/xml' }, body: docs.rsdl };
  if ('schema' in ctx.url.query) return { status: 200, headers: { 'Content-Type': 'application/xml' }, body: docs.schema };
  const { base, store } = ctx;
  const link: { href: string; rel: string }[] = [{ href: `${base}/capabilities`, rel: 'capabilities' }];
  for (const c of COLLECTIONS) {
    link.push({ href: `${base}/${c.segment}`, rel: c.segment });
    if (c.segment === 'events') link.push({ href: `${base}/events;from={event_id}?search={query}`, rel: 'events/search' });
    else if (c.searchable) link.push({ href: `${base}/${c.segment}?search={query}`, rel: `${c.segment}/search` });
  }
  // The counts are kept while the state holds: counting 10,000 VMs on every poll of the entry point is waste.
  const summary = store.memo('entry:summary', () => {
    const vms = store.snapshot('vms');
    const hosts = store.snapshot('hosts');
    const domains = store.snapshot('storagedomains');
    return {
      vms: { total: vms.length, active: vms.filter((v) => ACTIVE_VM.has(v.status?.state)).length },
      hosts: { total: hosts.length, active: hosts.filter((h) => h.status?.state === 'up').length },
      users: { total: store.snapshot('users').length, active: 1 },
      storage_domains: {
        total: domains.length,
        active: domains.filter((d) => d.status?.state === 'active' || d.external_status?.state === 'ok').length,
      },
    };
  });
  return xml(200, 'api', {
    link,
    special_objects: { link: [
      { href: `${base}/templates/${BLANK_ID}`, rel: 'templates/blank' },
      { href: `${base}/tags/${BLANK_ID}`, rel: 'tags/root' },
    ] },
    product_info: {
      name: 'oVirt Engine (demo)', vendor: 'ovirt.org',
      version: { major: 4, minor: 3, build: 0, revision: 0 }, full_version: '4.3.0-demo',
    },
    summary,
    time: new Date(ctx.now()).toISOString(),
  }, { Link: link.map((l) => `<${l.href}>; rel=${l.rel}`).join(',') });
}

export function getCapabilities(ctx: Ctx) {
  return xml(200, 'capabilities', capabilities(ctx.base));
}

/** `GET /capabilities/{version id}` (RSDL `capabilities/{capability:id}`): that version's `<version>`. */
export function getCapabilityVersion(ctx: Ctx) {
  const version = [capabilities(ctx.base).version ?? []].flat().find((v: { id?: string }) => v.id === ctx.params.id);
  if (!version) throw notFound();
  return xml(200, 'version', version);
}
