// The in-browser console's WebSocket proxy (like ovirt-websocket-proxy): `/portal/api/console/vms/{id}` relays
// bytes between the browser and the VM's display at the address and port the engine reports (display/address,
// display/port), read from the engine as the user at connect time. It admits only a portal session whose engine
// session obtained a ticket for that VM through this server, only until that ticket expires, a few connections
// per session, and closes idle ones. The browser never names a host or port. Attach it to any Node http.Server.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingHttpHeaders, IncomingMessage, Server } from 'node:http';
import { connect } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { CONSOLE_STATES } from '../../schema/actions/vms';
import { parseXml } from '../../xsd/parse';
import { CLOSE } from './closeCodes';
import { readAnswer } from '../answerBody';
import { MAX_BODY, TicketGrants, type Grant } from './grants';

export const CONSOLE_PATH = '/portal/api/console/vms/';
const ADDRESS = /^\/portal\/api\/console\/vms\/([0-9a-fA-F-]{36})$/;

export interface ConsoleProxyDeps {
  /** The user and engine session behind the request's portal cookie (PortalSessions.engineSessionOf). */
  sessions: { engineSessionOf(headers: IncomingHttpHeaders): Promise<{ user: string; engineCookie: string } | undefined> };
  /** The engine's clock (tickets expire on it). */
  now: () => number;
  /** This server's own `/ovirt-engine/api` URL (the demo engine's mount or the proxy to ENGINE_URL). */
  engineBase: () => string;
  log?: (line: string) => void;
  maxPerSession?: number;
  idleMs?: number;
}

interface Relay { ws: WebSocket; session: string; user: string; grant: Grant; lastInput: number; vm: string }

export function createConsoleProxy(deps: ConsoleProxyDeps) {
  const grants = new TicketGrants(deps.now);
  const log = deps.log ?? ((l: string) => console.log(l));
  const maxPerSession = deps.maxPerSession ?? 4;
  const idleMs = deps.idleMs ?? 15 * 60_000;
  const relays = new Set<Relay>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1 << 20, perMessageDeflate: false });

  const sweep = setInterval(() => {
    for (const r of relays) {
      if (deps.now() >= r.grant.expiresAt) r.ws.close(CLOSE.ticketExpired, 'The console ticket expired.');
      else if (Date.now() - r.lastInput >= idleMs) r.ws.close(CLOSE.idle, 'Closed after a long time without input.');
    }
  }, 1000);
  sweep.unref();

  async function readVm(vmId: string, engineCookie: string, filter: boolean) {
    const headers: Record<string, string> = { Version: '3', Accept: 'application/xml', Prefer: 'persistent-auth', Cookie: `JSESSIONID=${engineCookie}` };
    if (filter) headers.Filter = 'true';
    const res = await fetch(`${deps.engineBase()}/vms/${encodeURIComponent(vmId)}`, { headers, signal: AbortSignal.timeout(15_000) });
    const text = await res.text();
    return res.ok ? parseXml(text).value ?? {} : undefined;
  }

  async function admit(ws: WebSocket, req: IncomingMessage): Promise<void> {
    const vmId = ADDRESS.exec(req.url ?? '')?.[1];
    if (!vmId) return ws.close(CLOSE.badAddress, 'A console is opened for a VM only: /portal/api/console/vms/{id}.');
    const session = await deps.sessions.engineSessionOf(req.headers);
    if (!session) return ws.close(CLOSE.notLoggedIn, 'No portal session: log in again.');
    const grant = grants.grant(session.engineCookie, vmId);
    if (!grant) return ws.close(CLOSE.noTicket, 'This session has no valid console ticket for the VM.');
    if ([...relays].filter((r) => r.session === session.engineCookie).length >= maxPerSession) {
      return ws.close(CLOSE.tooMany, `At most ${maxPerSession} consoles at once per session.`);
    }
    const vm = await readVm(vmId, session.engineCookie, grant.filter).catch(() => undefined);
    if (!vm) return ws.close(CLOSE.notVisible, 'The engine does not show this VM to you.');
    const state = String(vm.status?.state ?? '');
    if (!(CONSOLE_STATES as readonly string[]).includes(state)) return ws.close(CLOSE.vmDown, `The VM is not running (${state || 'unknown'}).`);
    if (vm.display?.type !== 'vnc') return ws.close(CLOSE.notVnc, 'The VM has a SPICE display: use the .vv file.');
    const address = String(vm.display.address ?? '');
    const port = Number(vm.display.port);
    if (!address || !Number.isInteger(port) || port <= 0 || port > 65535) return ws.close(CLOSE.unreachable, 'The engine reports no display address for the VM.');
    if (ws.readyState !== ws.OPEN) return undefined;

    const name = String(vm.name ?? vmId);
    const target = `${address}:${port}`;
    const relay: Relay = { ws, session: session.engineCookie, user: session.user, grant, lastInput: Date.now(), vm: name };
    relays.add(relay);
    const started = Date.now();
    let up = 0;
    let down = 0;
    let connected = false;
    const tcp = connect({ host: address, port, timeout: 10_000 });
    tcp.on('connect', () => {
      connected = true;
      tcp.setTimeout(0);
      log(`console: ${session.user} connected to VM ${name} (${vmId}) at ${target} from ${req.socket.remoteAddress}`);
    });
    tcp.on('timeout', () => tcp.destroy(new Error('timed out')));
    tcp.on('data', (d) => { down += d.length; ws.send(d); });
    tcp.on('error', (e) => {
      if (!connected && ws.readyState === ws.OPEN) ws.close(CLOSE.unreachable, `The VM's display at ${target} cannot be reached (${(e as NodeJS.ErrnoException).code ?? e.message}).`.slice(0, 123));
    });
    tcp.on('close', () => { if (ws.readyState === ws.OPEN) ws.close(CLOSE.displayClosed, 'The display closed the connection.'); });
    ws.on('message', (data, isBinary) => {
      if (!isBinary) return ws.close(1003, 'Binary frames only.');
      relay.lastInput = Date.now();
      const b = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      up += b.length;
      tcp.write(b);
    });
    ws.on('close', (code, reason) => {
      relays.delete(relay);
      tcp.destroy();
      if (connected) log(`console: ${session.user} left VM ${name} (${vmId}) after ${Math.round((Date.now() - started) / 1000)} s, ${up} bytes in, ${down} out (${code} ${reason.toString() || ''})`.trim());
    });
  }

  function sameOrigin(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    if (!origin) return true; // not a browser: it cannot ride on someone else's cookies
    try {
      return new URL(origin).host === req.headers.host;
    } catch {
      return false;
    }
  }

  function refuse(socket: Duplex, status: number, text: string): void {
    socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  }

  return {
    grants,
    /** For each answer of the API mount: a ticket the engine set becomes a grant for that engine session. */
    async onEngineAnswer(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
      const vmId = TicketGrants.ticketVm(request.method, request.url);
      if (!vmId || reply.statusCode !== 200) return undefined;
      const answer = await readAnswer(reply, payload, MAX_BODY);
      const setCookies = ([] as unknown[]).concat(reply.getHeader('set-cookie') ?? []).map(String);
      try {
        if (answer.text) grants.learn(request.headers, reply.statusCode, setCookies, vmId, answer.text);
      } catch {
        // An answer that cannot be read grants nothing.
      }
      return answer.payload;
    },
    /** Handles WebSocket upgrades on the console path; other upgrades are left to other listeners (Vite's HMR). */
    attach(server: Server): void {
      server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
        if (!(req.url ?? '').startsWith('/portal/api/console/')) {
          if (server.listenerCount('upgrade') === 1) refuse(socket, 404, 'Not Found');
          return;
        }
        if (!sameOrigin(req)) return refuse(socket, 403, 'Forbidden');
        wss.handleUpgrade(req, socket, head, (ws) => void admit(ws, req).catch(() => ws.close(1011, 'Console proxy error.')));
      });
    },
    close(): void {
      clearInterval(sweep);
      for (const r of relays) r.ws.close(1001, 'The portal server is stopping.');
    },
  };
}

export type ConsoleProxy = ReturnType<typeof createConsoleProxy>;
