// HTTP side of snapshot requests (JSON), modelled on the VSS API (spec: POST answers 202 "Accepted" with a
// link to the request; GET /request/snapshot/<id> shows it):
//   GET    /portal/api/snapshot-requests[?vm_id=]        the caller's requests (administrators: everyone's)
//   POST   /portal/api/snapshot-requests                 {vm_id, from_date, valid_for, description, password}
//   GET    /portal/api/snapshot-requests/{id}
//   DELETE /portal/api/snapshot-requests/{id}            cancel before it runs
//   POST   /portal/api/snapshot-requests/{id}/delete-snapshot   delete the taken snapshot now
// Bodies are at most 64 kB; a client sending more than the rate limit's requests a minute is told to wait
// (creating a request checks a password against the engine, so it must not become a guessing oracle).
import rateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PortalSessions } from './portalSessions';
import { API_PATH, representRequest } from './represent';
import type { RequestStore, RequestRow } from './store';
import { Refusal, type SnapshotService } from './service';

export { API_PATH };

export const BODY_LIMIT = 64 * 1024;
/** Per client address and minute: reads (the page polls every 2 s while a request is open) and creations. */
export const RATE_LIMITS = { all: 600, create: 30 };

export interface ApiDeps { service: SnapshotService; sessions: PortalSessions; requests: RequestStore; now: () => number }

function send(reply: FastifyReply, status: number, body: unknown) {
  return reply.code(status).headers({ 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).send(JSON.stringify(body));
}

const refusalBody = (e: Refusal) => ({ error: { reason: e.message, fields: e.fields } });

export async function snapshotRequestsApi(app: FastifyInstance, { service, sessions, requests, now }: ApiDeps): Promise<void> {
  const show = async (row: RequestRow) => representRequest(row, await requests.messages(row.id));

  await app.register(async (scope) => {
    await scope.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_req, ctx) => {
        const e = new Refusal(429, `Too many requests; try again in ${Math.ceil(ctx.ttl / 1000)} s.`);
        return Object.assign(refusalBody(e), { statusCode: 429 });
      },
    });
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_req, body, done) => done(null, body));
    scope.setErrorHandler((error: FastifyError & { error?: unknown }, request, reply) => {
      if (error.statusCode === 429 && error.error) return send(reply, 429, { error: error.error });
      if (error.statusCode === 413) return send(reply, 413, refusalBody(new Refusal(413, `The body must be under ${BODY_LIMIT / 1024} kB.`)));
      if (error.statusCode && error.statusCode < 500) return send(reply, error.statusCode, refusalBody(new Refusal(error.statusCode, error.message)));
      request.log.error(error, 'snapshot requests failed');
      return send(reply, 500, { error: { reason: 'The portal server failed to handle this request.', fields: {} } });
    });

    const handle = async (request: FastifyRequest, reply: FastifyReply) => {
      const url = new URL(request.url, 'http://portal');
      const rest = url.pathname.slice(API_PATH.length).split('/').filter(Boolean);
      const method = request.method;
      try {
        // Same-origin JSON only: a cross-site form cannot send this header, so no CSRF through the cookie.
        if (method !== 'GET' && request.headers['x-requested-with'] !== 'XMLHttpRequest') throw new Refusal(403, 'Send X-Requested-With: XMLHttpRequest.');
        const caller = await sessions.callerOf(request.headers);
        if (!caller) throw new Refusal(401, 'Log in again: the portal does not know who you are, or your engine session ended.');
        const meta = { user: caller.user, admin: caller.admin, now: new Date(now()).toISOString() };
        const id = rest[0] === undefined ? undefined : Number(rest[0]);
        if (id !== undefined && !Number.isInteger(id)) throw new Refusal(404, 'No such snapshot request.');

        if (id === undefined && method === 'GET') {
          const rows = await service.list(caller, url.searchParams.get('vm_id') ?? undefined);
          return send(reply, 200, { data: await Promise.all(rows.map(show)), meta: { ...meta, count: rows.length } });
        }
        if (id === undefined && method === 'POST') {
          let input: Record<string, unknown>;
          try {
            input = JSON.parse(typeof request.body === 'string' ? request.body : '') as Record<string, unknown>;
          } catch {
            throw new Refusal(400, 'The body must be a JSON object.');
          }
          if (!input || typeof input !== 'object' || Array.isArray(input)) throw new Refusal(400, 'The body must be a JSON object.');
          const row = await service.create(caller, input);
          const link = `${API_PATH}/${row.id}`;
          reply.header('Location', link);
          return send(reply, 202, {
            data: { _links: { request: link }, id: row.id, message: 'VM Snapshot Creation Request has been accepted for processing', name: 'Accepted', state: 'Submitted', status: 202 },
            meta,
          });
        }
        if (id !== undefined && rest.length === 1 && method === 'GET') return send(reply, 200, { data: await show(await service.get(caller, id)), meta });
        if (id !== undefined && rest.length === 1 && method === 'DELETE') return send(reply, 200, { data: await show(await service.cancel(caller, id)), meta });
        if (id !== undefined && rest[1] === 'delete-snapshot' && rest.length === 2 && method === 'POST') {
          return send(reply, 202, { data: await show(await service.deleteNow(caller, id)), meta });
        }
        throw new Refusal(rest.length > 2 ? 404 : 405, rest.length > 2 ? 'Not found.' : `${method} is not allowed here.`);
      } catch (e) {
        if (e instanceof Refusal) return send(reply, e.status, refusalBody(e));
        throw e;
      }
    };
    const limit = (max: number) => ({ rateLimit: { max, timeWindow: '1 minute' } });
    scope.post(API_PATH, { config: limit(RATE_LIMITS.create) }, handle);
    scope.route({ method: ['GET', 'PUT', 'DELETE', 'PATCH'], url: API_PATH, config: limit(RATE_LIMITS.all), handler: handle });
    scope.all(`${API_PATH}/*`, { config: limit(RATE_LIMITS.all) }, handle);
  });
}
