// The engine calls a snapshot request makes, always as the requesting user (HTTP Basic, guide 2.2) and
// through the same front door the browser uses: the portal server's own `/ovirt-engine/api` (the demo
// engine's mount or the proxy to ENGINE_URL), so the engine's own permission checks apply to every call.
// The transport is injected: over HTTP in the server, straight into a demo engine's `handle` in tests.
import { randomUUID } from 'node:crypto';
import { readFault } from '../../api/faults';
import { itemsOf } from '../../api/items';
import { parseXml, type XmlObject } from '../../xsd/parse';
import { toXml } from '../../xsd/serialize';

export interface EngineCall { method: 'GET' | 'POST' | 'DELETE'; path: string; headers: Record<string, string>; body?: string }
export interface EngineAnswer { status: number; body: string }
export type EngineTransport = (call: EngineCall) => Promise<EngineAnswer>;

/** A failed engine call, with the engine's own words (guide 7.7 fault reason and detail). */
export class EngineError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Calls `${base}${path}` over HTTP, e.g. base `http://127.0.0.1:8080/ovirt-engine/api`. */
export function httpTransport(base: () => string, serverId = ''): EngineTransport {
  // The User-Agent names the portal server, so the engine's access log tells which server made a call.
  const agent = `ovirt-portal-scheduler${serverId ? ` (server ${serverId})` : ''}`;
  return async ({ method, path, headers, body }) => {
    const res = await fetch(`${base()}${path}`, { method, headers: { 'User-Agent': agent, ...headers }, body, signal: AbortSignal.timeout(60_000) });
    return { status: res.status, body: await res.text() };
  };
}

export interface EngineClient {
  getVm(vmId: string): Promise<XmlObject>;
  /** guide 8.1 step 1: POST /vms/{id}/snapshots; the answer (201, or 202 per 7.3.11) holds the snapshot id. */
  createSnapshot(vmId: string, description: string, correlationId: string): Promise<XmlObject>;
  /** The VM's snapshot, or undefined when the engine has none with that id. */
  getSnapshot(vmId: string, snapId: string): Promise<XmlObject | undefined>;
  deleteSnapshot(vmId: string, snapId: string, correlationId: string): Promise<void>;
  /** The VM's snapshots (guide 8.1: GET /vms/{id}/snapshots). */
  listSnapshots(vmId: string): Promise<XmlObject[]>;
}

export const newCorrelationId = () => randomUUID();

function describe(status: number, body: string): string {
  const fault = readFault(body);
  if (fault) return [fault.reason, fault.detail].filter(Boolean).join(': ');
  if (status === 401) return 'The engine did not accept the user name and password.';
  if (status === 404) return 'The engine has no such object, or the user may not see it.';
  return `The engine answered HTTP ${status}.`;
}

/** `userApi`: send `Filter: true`, as the engine requires of users who are not administrators. */
export function engineClient(transport: EngineTransport, authorization: string, userApi = false): EngineClient {
  async function call(method: EngineCall['method'], path: string, opts: { body?: string; correlationId?: string } = {}) {
    // No `Prefer: persistent-auth`: each call authenticates on its own and opens no session.
    const headers: Record<string, string> = { Version: '3', Accept: 'application/xml', Authorization: authorization };
    if (userApi) headers.Filter = 'true';
    if (opts.body) headers['Content-Type'] = 'application/xml';
    if (opts.correlationId) headers['Correlation-Id'] = opts.correlationId; // guide 7.4.10
    const res = await transport({ method, path, headers, body: opts.body });
    if (res.status < 200 || res.status >= 300) throw new EngineError(res.status, describe(res.status, res.body));
    return res.body.trim() ? parseXml(res.body).value : {};
  }
  const vmPath = (vmId: string) => `/vms/${encodeURIComponent(vmId)}`;
  return {
    getVm: (vmId) => call('GET', vmPath(vmId)),
    createSnapshot: (vmId, description, correlationId) =>
      call('POST', `${vmPath(vmId)}/snapshots`, { body: toXml('snapshot', { description }), correlationId }),
    async getSnapshot(vmId, snapId) {
      try {
        return await call('GET', `${vmPath(vmId)}/snapshots/${encodeURIComponent(snapId)}`);
      } catch (e) {
        if (e instanceof EngineError && e.status === 404) return undefined;
        throw e;
      }
    },
    async deleteSnapshot(vmId, snapId, correlationId) {
      await call('DELETE', `${vmPath(vmId)}/snapshots/${encodeURIComponent(snapId)}`, { correlationId });
    },
    listSnapshots: async (vmId) => itemsOf(await call('GET', `${vmPath(vmId)}/snapshots`)),
  };
}
