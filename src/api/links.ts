// Entry point discovery (guide chapter 3-4): collections by `rel`, `rel="x/search"` URI templates,
// special objects, product info and the summary. Hrefs become API paths, whatever form the engine used.
import type { XmlObject } from '../xsd/parse';
import { apiPath } from './url';

export interface Count { total: number; active: number }
export interface ProductInfo { name?: string; vendor?: string; version?: string; fullVersion?: string }

export interface EntryPoint {
  /** rel → API path, e.g. `vms` → `/vms`. */
  collections: Record<string, string>;
  /** rel → API path template, e.g. `vms` → `/vms?search={query}`. */
  searches: Record<string, string>;
  /** rel → API path, e.g. `templates/blank`. */
  specialObjects: Record<string, string>;
  productInfo?: ProductInfo;
  summary: Partial<Record<'vms' | 'hosts' | 'users' | 'storage_domains', Count>>;
  time?: string;
}

type Link = { href?: unknown; rel?: unknown };
const asLinks = (v: unknown): Link[] => (Array.isArray(v) ? v : v ? [v] : []) as Link[];
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0) || 0);

function versionText(v: XmlObject | undefined): string | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const parts = [v.major, v.minor, v.build, v.revision].filter((p) => p !== undefined && p !== '');
  return parts.length ? parts.join('.') : undefined;
}

export function parseEntryPoint(api: XmlObject): EntryPoint {
  const ep: EntryPoint = { collections: {}, searches: {}, specialObjects: {}, summary: {} };
  for (const l of asLinks(api.link)) {
    if (typeof l.href !== 'string' || typeof l.rel !== 'string') continue;
    if (l.rel.endsWith('/search')) ep.searches[l.rel.slice(0, -'/search'.length)] = apiPath(l.href);
    else ep.collections[l.rel] = apiPath(l.href);
  }
  for (const l of asLinks(api.special_objects?.link)) {
    if (typeof l.href === 'string' && typeof l.rel === 'string') ep.specialObjects[l.rel] = apiPath(l.href);
  }
  const p = api.product_info;
  if (p && typeof p === 'object') {
    ep.productInfo = { name: p.name, vendor: p.vendor, version: versionText(p.version), fullVersion: p.full_version };
  }
  const s = api.summary ?? {};
  for (const k of ['vms', 'hosts', 'users', 'storage_domains'] as const) {
    if (s[k]) ep.summary[k] = { total: num(s[k].total), active: num(s[k].active) };
  }
  if (api.time !== undefined) ep.time = String(api.time);
  return ep;
}

/**
 * Fills a URI template: `{query}` URL-encoded; other variables (`events;from={event_id}`) are dropped
 * with their matrix parameter or query parameter when not given.
 */
export function fillTemplate(template: string, vars: Record<string, string | number | undefined>): string {
  return template
    .replace(/([;&?])([\w-]+)=\{(\w+)\}/g, (_m, sep: string, name: string, v: string) =>
      vars[v] === undefined || vars[v] === '' ? (sep === '?' ? '?' : '') : `${sep}${name}=${encodeURIComponent(String(vars[v]))}`)
    .replace(/\{(\w+)\}/g, (_m, v: string) => encodeURIComponent(String(vars[v] ?? '')))
    .replace(/\?&/, '?')
    .replace(/\?$/, '');
}

/** The API path listing `collection`, searched with `query` when given (and the collection allows it). */
export function collectionPath(ep: EntryPoint, collection: string, query?: string): string | undefined {
  const search = ep.searches[collection];
  if (query && query.trim() && search) return fillTemplate(search, { query: query.trim() });
  return ep.collections[collection];
}
