// Which engine session obtained a console ticket for which VM, and until when. The server sees every
// `POST /vms/{id}/ticket` (guide 15.7.12) on its way through the API mount (demo engine or proxy): a
// successful one grants that engine session the VM's display until the ticket's expiry, on the engine's
// clock. The ticket's value is not kept: the display checks it; the proxy only decides who may reach it.
import type { IncomingHttpHeaders } from 'node:http';
import { parseXml } from '../../xsd/parse';
import { cookieValue } from '../snapshotRequests/portalSessions';

export interface Grant { vmId: string; expiresAt: number; filter: boolean }

const TICKET_PATH = /^\/ovirt-engine\/api(?:\/v3)?\/vms\/([^/;?]+)\/ticket(?:[;?].*)?$/;
export const MAX_BODY = 64 * 1024;

export class TicketGrants {
  private readonly byEngineSession = new Map<string, Map<string, Grant>>();

  constructor(private readonly now: () => number) {}

  /** The grant of an engine session for a VM, while its ticket is valid. */
  grant(engineCookie: string, vmId: string): Grant | undefined {
    const g = this.byEngineSession.get(engineCookie)?.get(vmId);
    return g && g.expiresAt > this.now() ? g : undefined;
  }

  record(engineCookie: string, grant: Grant): void {
    for (const [k, m] of this.byEngineSession) {
      for (const [vm, g] of m) if (g.expiresAt <= this.now()) m.delete(vm);
      if (!m.size) this.byEngineSession.delete(k);
    }
    const m = this.byEngineSession.get(engineCookie) ?? new Map<string, Grant>();
    m.set(grant.vmId, grant);
    this.byEngineSession.set(engineCookie, m);
  }

  /** The VM of a `POST …/vms/{id}/ticket`, else undefined. */
  static ticketVm(method: string, url: string): string | undefined {
    const match = method === 'POST' ? TICKET_PATH.exec(url) : null;
    return match ? decodeURIComponent(match[1]) : undefined;
  }

  /** Notes the engine's answer to a ticket request: a ticket it set (200 with a `<ticket>`) becomes a grant. */
  learn(headers: IncomingHttpHeaders, status: number, setCookies: string[], vmId: string, body: Buffer): void {
    if (status !== 200 || body.length > MAX_BODY) return;
    const engineCookie = cookieValue(headers.cookie, 'JSESSIONID') ?? setCookies.map((c) => cookieValue(c.split(';')[0], 'JSESSIONID')).find(Boolean);
    if (!engineCookie) return;
    const ticket = parseXml(body.toString('utf8')).value?.ticket;
    const expiry = Number(ticket?.expiry);
    if (!ticket?.value || !Number.isFinite(expiry) || expiry <= 0) return;
    this.record(engineCookie, {
      vmId, expiresAt: this.now() + expiry * 1000, filter: /^true$/i.test(String(headers.filter ?? '')),
    });
  }
}
