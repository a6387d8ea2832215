// The remote side of an external provider (Foreman/Satellite, Glance, Neutron, Cinder), simulated. The engine
// asks the provider at its url whenever a client reads what the provider holds (its hosts, images, networks,
// volume types, certificate chain) or tests the connection (TestProviderConnectivityCommand: the provider proxy's
// testConnection()); a provider it cannot reach fails those requests with EngineError.PROVIDER_FAILURE.
//
// Which urls the demo can reach, a rule clients can rely on: a url with an http(s) scheme and a host is
// reachable, unless the host is under `.invalid` (RFC 2606: reserved, never resolves, e.g. `unreachable.invalid`).
// No url, another scheme or no host (`https://:9696`) is unreachable.
import type { Ctx } from '../context';
import { EngineFault } from '../faults';
import { Random } from '../ids';
import type { Entity } from '../types';
import type { View } from '../views/registry';

const URL_RE = /^(https?):\/\/(?:[^@/?#]*@)?(\[[^\]]+\]|[^:/?#]+)(?::(\d+))?/i;

/** The host name of a provider's url, lower-cased; undefined when the url has none. */
export function providerHost(p: Entity): string | undefined {
  const m = typeof p.url === 'string' ? URL_RE.exec(p.url.trim()) : null;
  return m ? m[2].toLowerCase() : undefined;
}

export function reachable(p: Entity): boolean {
  const host = providerHost(p);
  return host !== undefined && !/(^|\.)invalid$/.test(host);
}

/** The engine's execution failure for a provider it cannot talk to (EngineError.PROVIDER_FAILURE). */
export const providerFailure = () =>
  new EngineFault(400, 'Operation Failed', '[Failed to communicate with the external provider, see log for additional details.]');

export function assertReachable(p: Entity): void {
  if (!reachable(p)) throw providerFailure();
}

/** The DNS domain of the provider's host (`foreman.lab.example.com` → `lab.example.com`). */
export function providerDomain(p: Entity): string {
  const host = providerHost(p) ?? 'example.com';
  const parts = host.split('.');
  return parts.length > 2 ? parts.slice(1).join('.') : host;
}

/** A stable 32-bit hash (FNV-1a) of a string. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A UUID the remote side gives its object `kind` #`index`: the same for the same provider on every GET. */
export const derivedId = (providerId: string, kind: string, index: number) => new Random(hash(`${providerId}/${kind}/${index}`)).uuid();

/**
 * A collection the engine only reads from the provider: GET lists and items; POST, PUT and DELETE have no
 * method in the engine's resource (RSDL: `get` only), which JAX-RS answers 405.
 */
export function remoteView(list: (ctx: Ctx, p: Entity) => Entity[]): View {
  return {
    list: (ctx, p) => { assertReachable(p); return list(ctx, p); },
    add: () => { throw new EngineFault(405, 'Method Not Allowed'); },
  };
}
