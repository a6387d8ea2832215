// GET /capabilities (guide chapter 6): the values every enumerated element may take, per compatibility
// version. A form asks for the version of the object's cluster or data center, so a 3.5 cluster does not
// offer what only 3.6 knows.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '../api';
import type { XmlObject } from '../xsd/parse';
import { keys } from './keys';

export interface EnumOption { value: string; label: string }
export interface CapabilityVersion {
  major: number;
  minor: number;
  current: boolean;
  /** Category (`os_types`, `cpus`) → its values. */
  values: Record<string, EnumOption[]>;
}
export interface Capabilities { versions: CapabilityVersion[]; /** 4.x engines list some categories once, outside the versions. */ global: Record<string, EnumOption[]> }
export interface Compat { major: number; minor: number }

const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/** One value: text (`<os_type>rhel_7x64</os_type>`) or an element whose id/type/name is the value (cpus, power managers, permits). */
function option(item: unknown): EnumOption | undefined {
  if (item === null || item === undefined) return undefined;
  if (typeof item !== 'object') return { value: String(item), label: String(item) };
  const o = item as Record<string, unknown>;
  const value = o.id ?? o.type ?? o.name ?? o['#text'];
  if (value === undefined || typeof value === 'object') return undefined;
  const label = typeof o.name === 'string' && o.id !== undefined ? o.name : String(value);
  return { value: String(value), label };
}

/** A category element holds one repeated child (`<os_types><os_type>…`); its items are the values. */
function categoryValues(category: unknown): EnumOption[] | undefined {
  if (!category || typeof category !== 'object' || Array.isArray(category)) return undefined;
  const children = Object.entries(category as Record<string, unknown>).filter(([k]) => k !== 'link' && k !== 'href' && k !== '#text');
  if (children.length !== 1) return undefined;
  return asArray(children[0][1]).map(option).filter((o): o is EnumOption => !!o);
}

function categories(obj: Record<string, unknown>): Record<string, EnumOption[]> {
  const out: Record<string, EnumOption[]> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'features' || k === 'version') continue;
    const values = categoryValues(v);
    if (values) out[k] = values;
  }
  return out;
}

export function parseCapabilities(doc: XmlObject): Capabilities {
  const versions = asArray(doc.version).filter((v): v is Record<string, unknown> => !!v && typeof v === 'object').map((v) => ({
    major: Number(v.major),
    minor: Number(v.minor),
    current: v.current === true || v.current === 'true',
    values: categories(v),
  }));
  return { versions, global: categories(doc) };
}

const cmp = (a: Compat, b: Compat) => a.major - b.major || a.minor - b.minor;

/** The version entry for `compat`; without one (or an unknown one) the current, else the newest. */
export function versionFor(caps: Capabilities, compat?: Compat): CapabilityVersion | undefined {
  const exact = compat && caps.versions.find((v) => v.major === compat.major && v.minor === compat.minor);
  if (exact) return exact;
  return caps.versions.find((v) => v.current) ?? [...caps.versions].sort(cmp).at(-1);
}

/** The values of category `source` for the compatibility version `compat`. */
export function enumOptions(caps: Capabilities | undefined, source: string, compat?: Compat): EnumOption[] {
  if (!caps) return [];
  return versionFor(caps, compat)?.values[source] ?? caps.global[source] ?? [];
}

/** A resource's `<version major minor>` (clusters, data centers), if it has one. */
export function compatOf(resource: XmlObject | undefined): Compat | undefined {
  const v = resource?.version as Record<string, unknown> | undefined;
  const major = Number(v?.major);
  const minor = Number(v?.minor);
  return Number.isFinite(major) && Number.isFinite(minor) && v?.major !== undefined ? { major, minor } : undefined;
}

export const capabilitiesQuery = () =>
  queryOptions({
    // `capabilities` is the API segment; the document is one resource, so its key is the segment root.
    queryKey: keys.all('capabilities'),
    queryFn: async ({ signal }): Promise<Capabilities> => parseCapabilities((await get('/capabilities', { signal })).value),
    staleTime: Infinity,
  });

export function useCapabilities() {
  return useQuery(capabilitiesQuery());
}
