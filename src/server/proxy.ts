// Reverse proxy to a real engine (ENGINE_URL) with @fastify/reply-from (undici), so the browser stays
// same-origin with the portal. Request and response bodies stream through; the engine's session cookie is
// re-scoped to the portal's mount path (and loses `Secure` when the portal itself is served over plain
// HTTP on loopback, or the browser would drop it). An engine mounted elsewhere (RHEV 3.x at /api) gets
// its hrefs rewritten to the portal's mount, which needs the whole body.
import replyFrom from '@fastify/reply-from';
import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import { ENGINE_BODY_LIMIT } from './engineMount';
import { API_MOUNT, rawBodies, xmlFault, type MountRoute } from './mountRoutes';

export interface ProxyOptions { engineUrl: string; caFile?: string; insecure: boolean; mount?: string }

export function rewriteCookie(cookie: string, mount: string, secureFrontend: boolean): string {
  let c = cookie.replace(/;\s*path=[^;]*/i, `; Path=${mount}`);
  if (!secureFrontend) c = c.replace(/;\s*secure\b/i, '');
  return c;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function engineProxy(opts: ProxyOptions): MountRoute {
  const mount = opts.mount ?? API_MOUNT;
  const target = new URL(opts.engineUrl.replace(/\/+$/, ''));
  const samePath = target.pathname === mount;
  return (app: FastifyInstance) => {
    void app.register(replyFrom, {
      base: target.origin,
      undici: { connect: { ca: opts.caFile ? readFileSync(opts.caFile) : undefined, rejectUnauthorized: !opts.insecure } },
    });
    // Bodies stream to the engine as they arrive; only their declared size is checked here.
    rawBodies(app, { bodyLimit: ENGINE_BODY_LIMIT });
    return (request, reply) => {
      if (Number(request.headers['content-length'] ?? 0) > ENGINE_BODY_LIMIT) {
        return reply.code(413).type('application/xml').send(xmlFault('Request Entity Too Large', `request body over ${ENGINE_BODY_LIMIT} bytes`));
      }
      return reply.from(target.pathname + request.url.slice(mount.length), {
        rewriteRequestHeaders: (_req, headers) => {
          // Bodies are rewritten below for an engine mounted elsewhere, so ask it for plain text.
          if (!samePath) delete headers['accept-encoding'];
          return headers;
        },
        rewriteHeaders: (headers: IncomingHttpHeaders) => {
          const out = { ...headers };
          const cookies = headers['set-cookie'] as string | string[] | undefined; // undici: a string when there is one
          if (cookies) out['set-cookie'] = ([] as string[]).concat(cookies).map((c) => rewriteCookie(c, mount, false));
          if (!samePath) delete out['content-length'];
          return out;
        },
        onResponse: samePath ? undefined : (_req, rep, res) => {
          void readAll(res.stream as Readable).then((text) => rep.send(text.split(`"${target.pathname}`).join(`"${mount}`)), (e) => rep.send(e));
        },
        onError: (rep, { error }) => {
          if (rep.sent) return;
          void rep.code(502).type('application/xml').send(xmlFault('Bad Gateway', `The portal server got no answer from the engine (${error.message}).`));
        },
      });
    };
  };
}
