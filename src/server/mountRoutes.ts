// The `/ovirt-engine/api` mount as Fastify routes, shared by the demo engine and the proxy to a real
// engine: every method, every content type (bodies are passed on raw), the engine's XML fault for what the
// server itself refuses (a body over the limit), and the two things the portal adds to the engine's
// answers (no Basic challenge for the portal's own requests; a portal session when a login succeeds).
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import { wantsNoAuthPrompt } from './authPrompt';
import { crossSiteReason, strictCookie } from './crossSite';

export const API_MOUNT = '/ovirt-engine/api';

/** Builds the mount's handler inside its own plugin scope (where it may add parsers and an error handler). */
export type MountRoute = (app: FastifyInstance) => RouteHandlerMethod;
/**
 * Called with each answer of the mount before it is sent (to open a portal session on a login, to note a
 * console ticket); a hook that consumed a streamed payload answers what to send in its place.
 */
export type AnswerHook = (request: FastifyRequest, reply: FastifyReply, payload: unknown) => void | Promise<unknown>;

/** Every content type is accepted and handed on untouched; the engine decides what it reads. */
export function rawBodies(app: FastifyInstance, opts: { parseAs?: 'string'; bodyLimit: number }): void {
  app.removeAllContentTypeParsers();
  if (opts.parseAs) {
    app.addContentTypeParser('*', { parseAs: opts.parseAs, bodyLimit: opts.bodyLimit }, (_req, body, done) => done(null, body));
  } else {
    app.addContentTypeParser('*', { bodyLimit: opts.bodyLimit }, (_req, payload, done) => done(null, payload));
  }
}

const escapeXml = (s: string) => s.replace(/[<>&"]/g, '');

export function xmlFault(reason: string, detail: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<fault><reason>${escapeXml(reason)}</reason><detail>${escapeXml(detail)}</detail></fault>\n`;
}

/** What the server refuses before the engine sees it, in the engine's own fault format (guide 7.7). */
export function engineFault(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  if (status === 500) request.log.error(error, 'engine mount failed');
  const reason = status === 413 ? 'Request Entity Too Large' : status === 500 ? 'Internal Server Error' : 'Bad Request';
  return reply.code(status).type('application/xml').send(xmlFault(reason, status === 500 ? 'The portal server failed.' : error.message));
}

export async function mountApi(app: FastifyInstance, route: MountRoute, onAnswer: AnswerHook[] = []): Promise<void> {
  await app.register(async (scope) => {
    const handler = route(scope);
    // A write another site makes the browser send (a form, a no-cors fetch) never reaches the engine.
    scope.addHook('onRequest', async (request, reply) => {
      const reason = crossSiteReason(request.raw);
      if (reason) {
        return reply.code(403).type('application/xml')
          .send(xmlFault('Forbidden', `Cross-site write refused: ${reason} may not change the engine through this portal.`));
      }
      return undefined;
    });
    scope.addHook('onSend', async (request, reply, payload) => {
      const cookies = reply.getHeader('set-cookie');
      if (cookies !== undefined) {
        // Fastify appends to Set-Cookie, so the engine's cookies are taken off and put back marked.
        reply.removeHeader('set-cookie');
        reply.header('set-cookie', ([] as unknown[]).concat(cookies).map((c) => strictCookie(String(c))));
      }
      // Browsers answer a 401 with `WWW-Authenticate: Basic` with their own password dialog, even for fetch().
      if (wantsNoAuthPrompt(request.raw)) reply.removeHeader('www-authenticate');
      let sent = payload;
      for (const hook of onAnswer) {
        const replaced = await hook(request, reply, sent);
        if (replaced !== undefined) sent = replaced;
      }
      return sent;
    });
    // `/ovirt-engine/api`, `/ovirt-engine/api/…` and matrix parameters on the entry point (`…/api;x=y`).
    for (const url of [API_MOUNT, `${API_MOUNT}/*`, `${API_MOUNT};*`]) scope.all(url, handler);
  });
}
