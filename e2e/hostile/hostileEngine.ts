// A hostile engine for the end-to-end tests: the demo engine behind a server that rewrites its answers
// by scenario (scenarios.ts), plus a "foreign origin" that counts every request it gets (nothing the
// portal does may reach it). The portal under test proxies to this server (ENGINE_URL); the test steers
// it over HTTP (`/__control/...`), as it runs in its own process (main.ts).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEngine } from '../../src/demo-engine/engine';
import { scenarioNamed, type Scenario } from './scenarios';

const MOUNT = '/ovirt-engine/api';

/**
 * Control: `POST /__control/use/<scenario name>` (none: honest again), `POST /__control/expire` ends every
 * engine session seen so far (its next request is answered 401, as after the idle timeout); each answers
 * `{ scenario, foreignHits }`.
 */
export interface HostileEngine { url: string; foreign: string; close(): Promise<void> }

const readBody = (req: IncomingMessage) => new Promise<string>((resolve) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
});

const listen = (s: Server) => new Promise<string>((r) => s.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${(s.address() as AddressInfo).port}`)));
const sessionOf = (cookie: string | undefined) => /JSESSIONID=([^;]+)/.exec(cookie ?? '')?.[1];

export async function startHostileEngine(): Promise<HostileEngine> {
  const engine = createEngine({ mount: MOUNT, vms: 30 });
  let scenario: Scenario | undefined;
  const seen = new Set<string>();
  const expired = new Set<string>();
  const hits: string[] = [];

  const foreignServer = createServer((req, res) => { hits.push(`${req.method} ${req.url}`); res.writeHead(404).end(); });
  const foreign = await listen(foreignServer);

  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    if (req.url?.startsWith('/__control/')) {
      const [, , what, arg] = req.url.split('/');
      if (what === 'use') scenario = arg ? scenarioNamed(decodeURIComponent(arg)) : undefined;
      if (what === 'expire') for (const s of seen) expired.add(s);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ scenario: scenario?.name, foreignHits: hits }));
      return;
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
    const sid = sessionOf(headers.cookie);
    if (sid && expired.has(sid) && !headers.authorization) {
      res.writeHead(401, { 'Content-Type': 'text/html;charset=UTF-8', 'WWW-Authenticate': 'Basic realm="RESTAPI"' });
      res.end('<html><head><title>Error</title></head><body>Unauthorized</body></html>');
      return;
    }
    // An ended session is gone for the engine too: a login that still carries its cookie opens a new one.
    if (sid && expired.has(sid)) delete headers.cookie;
    const out = engine.handle({ method: req.method ?? 'GET', url: req.url ?? '/', headers, body });
    const cookie = /JSESSIONID=([^;]+)/.exec(out.headers['Set-Cookie'] ?? '')?.[1];
    if (cookie) seen.add(cookie);
    if (sid) seen.add(sid);
    const path = (req.url ?? '/').slice(MOUNT.length) || '/';
    const honest = !scenario || /^\/?(?:[;?]|$)/.test(path) || req.method !== 'GET';
    const answer = honest ? { status: out.status, headers: out.headers, body: out.body } : scenario!.rewrite(path, out, foreign);
    if ('delayMs' in answer && answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
    if ('drop' in answer && answer.drop) { req.socket.destroy(); return; }
    res.writeHead(answer.status, { ...answer.headers, 'Content-Length': Buffer.byteLength(answer.body) });
    res.end(answer.body);
  });
  const url = `${await listen(server)}${MOUNT}`;

  return {
    url, foreign,
    close: () => new Promise<void>((r) => {
      server.closeAllConnections(); foreignServer.closeAllConnections();
      server.close(() => foreignServer.close(() => r()));
    }),
  };
}
