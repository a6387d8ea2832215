// Test helper: drives an engine over the wire format with an injected clock (no timers).
import { parseXml } from '../../xsd/parse';
import { createEngine } from '../engine';
import type { EngineResponse } from '../types';

const ADMIN = `Basic ${btoa('admin@internal:ovirt')}`;

export function wireEngine(options: { vms?: number; display?: { address: string; portBase: number } } = {}) {
  const clock = { t: Date.UTC(2024, 0, 1) };
  const engine = createEngine({ now: () => clock.t, vms: options.vms ?? 40, display: options.display });
  const base = engine.mount;
  function call(method: string, path: string, body?: string, headers: Record<string, string> = {}): EngineResponse & { xml: any; root: string } {
    const r = engine.handle({ method, url: base + path, body, headers: { authorization: ADMIN, 'content-type': 'application/xml', ...headers } });
    let parsed: { root: string; value: any } = { root: '', value: undefined };
    if (r.body && r.headers['Content-Type']?.includes('xml')) parsed = parseXml(r.body);
    return { ...r, xml: parsed.value, root: parsed.root };
  }
  return {
    engine, clock, base, call,
    get: (path: string, headers?: Record<string, string>) => call('GET', path, undefined, headers),
    post: (path: string, body: string, headers?: Record<string, string>) => call('POST', path, body, headers),
    put: (path: string, body: string, headers?: Record<string, string>) => call('PUT', path, body, headers),
    del: (path: string, body?: string, headers?: Record<string, string>) => call('DELETE', path, body, headers),
    /** Moves the engine clock on and applies what came due. */
    tick(ms: number) {
      clock.t += ms;
      engine.advance();
    },
    vmNamed(name: string) {
      return engine.store.list('vms').find((v) => v.name === name)!;
    },
    /** A VM in `state` (not pooled) whose cluster has an up host, matching `extra`. */
    vmIn(state: string, extra: (v: any) => boolean = () => true) {
      const upHost = (v: any) => engine.store.list('hosts').some((h) => h.cluster.id === v.cluster.id && h.status.state === 'up');
      return engine.store.list('vms').find((v) => v.status?.state === state && !v.vmpool && upHost(v) && extra(v))!;
    },
    anyVmIn(state: string, extra: (v: any) => boolean = () => true) {
      return engine.store.list('vms').find((v) => v.status?.state === state && !v.vmpool && extra(v))!;
    },
  };
}
