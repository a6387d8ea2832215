// The two kinds of quota limit (guide 9.5.3; api.xsd QuotaClusterLimit / QuotaStorageLimit; RSDL
// datacenters/{datacenter:id}/quotas/{quota:id}/quotaclusterlimits and quotastoragelimits: add, get, delete
// — there is no update, so changing a limit replaces it). Sizes are GiB on the wire; -1 means unlimited.
import type { XmlObject } from '../../xsd/parse';
import { t, tk } from '../../i18n';

export type LimitKind = 'quotaclusterlimits' | 'quotastoragelimits';

export interface LimitValues { target: string; memory: string; vcpus: string; storage: string }

export const KINDS: Record<LimitKind, { element: string; ref: 'cluster' | 'storage_domain'; noun: string; all: string }> = {
  quotaclusterlimits: { element: 'cluster_quota_limit', ref: 'cluster', noun: tk('cluster limit'), all: tk('All clusters') },
  quotastoragelimits: { element: 'storage_quota_limit', ref: 'storage_domain', noun: tk('storage limit'), all: tk('All storage domains') },
};

/** `noun` and `all` are catalog keys (shown through `t()`). An empty field means unlimited (-1). */
const wire = (v: string) => (v.trim() === '' ? -1 : Number(v));
const shown = (v: unknown) => (v === undefined || v === null || Number(v) < 0 ? '' : String(v));

export function valuesOf(limit: XmlObject | undefined, kind: LimitKind): LimitValues {
  return {
    target: String(limit?.[KINDS[kind].ref]?.id ?? ''),
    memory: shown(limit?.memory_limit), vcpus: shown(limit?.vcpu_limit), storage: shown(limit?.limit),
  };
}

/** What is wrong with each field, by field name (empty: nothing). */
export function problems(v: LimitValues, kind: LimitKind): Partial<Record<keyof LimitValues, string>> {
  const out: Partial<Record<keyof LimitValues, string>> = {};
  const check = (field: 'memory' | 'vcpus' | 'storage', integer: boolean) => {
    const s = v[field].trim();
    if (s === '') return;
    const n = Number(s);
    if (!Number.isFinite(n) || n < 0) out[field] = t('A number of 0 or more, or empty for unlimited');
    else if (integer && !Number.isInteger(n)) out[field] = t('A whole number');
  };
  if (kind === 'quotaclusterlimits') { check('memory', false); check('vcpus', true); } else check('storage', true);
  return out;
}

/** The request body: the limit's cluster or storage domain (none: the whole data center) and its numbers. */
export function limitBody(v: LimitValues, kind: LimitKind): { root: string; value: XmlObject } {
  const { element, ref } = KINDS[kind];
  const target = v.target ? { [ref]: { id: v.target } } : {};
  const numbers = kind === 'quotaclusterlimits' ? { vcpu_limit: wire(v.vcpus), memory_limit: wire(v.memory) } : { limit: wire(v.storage) };
  return { root: element, value: { ...target, ...numbers } };
}

/** The body that re-creates an existing limit (to put it back when its replacement is refused). */
export const restoreBody = (limit: XmlObject, kind: LimitKind) => limitBody(valuesOf(limit, kind), kind);
