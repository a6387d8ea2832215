// Reverse proxy to a real engine (ENGINE_URL), so the browser stays same-origin with the portal.
// The engine's session cookie is re-scoped to the portal's mount path (and loses `Secure` when the
// portal itself is served over plain HTTP on loopback, or the browser would drop it).
import { readFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import { wantsNoAuthPrompt } from './authPrompt';
import { strictCookie } from './crossSite';

export interface ProxyOptions { engineUrl: string; caFile?: string; insecure: boolean; mount: string }

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer',
  'transfer-encoding', 'upgrade', 'host']);

export function rewriteCookie(cookie: string, mount: string, secureFrontend: boolean): string {
  let c = cookie.replace(/;\s*path=[^;]*/i, `; Path=${mount}`);
  if (!secureFrontend) c = c.replace(/;\s*secure\b/i, '');
  return strictCookie(c);
}

export function engineProxy(opts: ProxyOptions) {
  const target = new URL(opts.engineUrl.replace(/\/+$/, ''));
  const agent = target.protocol === 'https:'
    ? new https.Agent({ keepAlive: true, ca: opts.caFile ? readFileSync(opts.caFile) : undefined, rejectUnauthorized: !opts.insecure })
    : new http.Agent({ keepAlive: true });
  const lib = target.protocol === 'https:' ? https : http;
  const samePath = target.pathname === opts.mount;

  return (req: IncomingMessage, res: ServerResponse): void => {
    const rest = (req.url ?? '').slice(opts.mount.length);
    const headers: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) headers[k] = v;
    if (!samePath) delete headers['accept-encoding']; // bodies are rewritten below, so ask for plain text
    const upstream = lib.request({
      protocol: target.protocol, hostname: target.hostname, port: target.port || undefined,
      path: target.pathname + rest, method: req.method, headers, agent,
    }, (up) => {
      const out: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(up.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) out[k] = v;
      if (wantsNoAuthPrompt(req)) delete out['www-authenticate'];
      if (up.headers['set-cookie']) out['set-cookie'] = up.headers['set-cookie'].map((c) => rewriteCookie(c, opts.mount, false));
      if (samePath) {
        res.writeHead(up.statusCode ?? 502, out);
        up.pipe(res);
        return;
      }
      // An engine mounted elsewhere (RHEV 3.x at /api): rewrite its hrefs to the portal's mount.
      const chunks: Buffer[] = [];
      up.on('data', (c: Buffer) => chunks.push(c));
      up.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8').split(`"${target.pathname}`).join(`"${opts.mount}`);
        delete out['content-length'];
        res.writeHead(up.statusCode ?? 502, out);
        res.end(text);
      });
    });
    upstream.on('error', (e) => {
      if (res.headersSent) return res.destroy();
      res.writeHead(502, { 'Content-Type': 'application/xml' });
      res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<fault><reason>Bad Gateway</reason><detail>The portal server got no answer from the engine (${
        e.message.replace(/[<>&]/g, '')}).</detail></fault>\n`);
    });
    req.pipe(upstream);
  };
}
