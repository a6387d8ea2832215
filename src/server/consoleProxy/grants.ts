// Which engine session obtained a console ticket for which VM, and until when. The server sees every
// `POST /vms/{id}/ticket` (guide 15.7.12) on its way through the API mount (demo engine or proxy): a
// successful one grants that engine session the VM's display until the ticket's expiry, on the engine's
// clock. The ticket's value is not kept: the display checks it; the proxy only decides who may reach it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { parseXml } from '../../xsd/parse';
import { cookieValue } from '../snapshotRequests/portalSessions';

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
export interface Grant { vmId: string; expiresAt: number; filter: boolean }

const TICKET_PATH = /^\/ovirt-engine\/api(?:\/v3)?\/vms\/([^/;?]+)\/ticket(?:[;?].*)?$/;
const MAX_BODY = 64 * 1024;

/** The answer's text; a real engine may gzip it (the proxy passes its encoding through), seen by its magic bytes. */
function decode(body: Buffer): string {
  return (body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body) : body).toString('utf8');
}

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

  /** Wraps the API handler: a ticket the engine sets (200 with a `<ticket>`) becomes a grant. */
  observe(api: Handler): Handler {
    return (req, res) => {
      const match = req.method === 'POST' ? TICKET_PATH.exec(req.url ?? '') : null;
      if (!match) return api(req, res);
      const vmId = decodeURIComponent(match[1]);
      const chunks: Buffer[] = [];
      let size = 0;
      const write = res.write.bind(res) as (...a: unknown[]) => boolean;
      const end = res.end.bind(res) as (...a: unknown[]) => ServerResponse;
      const keep = (chunk: unknown) => {
        if (chunk === undefined || typeof chunk === 'function' || size > MAX_BODY) return;
        const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
        size += b.length;
        chunks.push(b);
      };
      (res as { write: unknown }).write = (chunk: unknown, ...rest: unknown[]) => { keep(chunk); return write(chunk, ...rest); };
      (res as { end: unknown }).end = (chunk?: unknown, ...rest: unknown[]) => {
        keep(chunk);
        try {
          this.learn(req, res, vmId, Buffer.concat(chunks));
        } catch {
          // An answer that cannot be read grants nothing.
        }
        return end(chunk, ...rest);
      };
      return api(req, res);
    };
  }

  private learn(req: IncomingMessage, res: ServerResponse, vmId: string, body: Buffer): void {
    if (res.statusCode !== 200 || body.length > MAX_BODY) return;
    const setCookies = ([] as unknown[]).concat(res.getHeader('set-cookie') ?? []).map(String);
    const engineCookie = cookieValue(req.headers.cookie, 'JSESSIONID') ?? setCookies.map((c) => cookieValue(c.split(';')[0], 'JSESSIONID')).find(Boolean);
    if (!engineCookie) return;
    const ticket = parseXml(decode(body)).value?.ticket;
    const expiry = Number(ticket?.expiry);
    if (!ticket?.value || !Number.isFinite(expiry) || expiry <= 0) return;
    this.record(engineCookie, {
      vmId, expiresAt: this.now() + expiry * 1000, filter: /^true$/i.test(String(req.headers.filter ?? '')),
    });
  }
}
