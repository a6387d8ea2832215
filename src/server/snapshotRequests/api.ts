// HTTP side of snapshot requests (JSON), modelled on the VSS API (spec: POST answers 202 "Accepted" with a
// link to the request; GET /request/snapshot/<id> shows it):
//   GET    /portal/api/snapshot-requests[?vm_id=]        the caller's requests (administrators: everyone's)
//   POST   /portal/api/snapshot-requests                 {vm_id, from_date, valid_for, description, password}
//   GET    /portal/api/snapshot-requests/{id}
//   DELETE /portal/api/snapshot-requests/{id}            cancel before it runs
//   POST   /portal/api/snapshot-requests/{id}/delete-snapshot   delete the taken snapshot now
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLarge, readBody } from '../readBody';
import type { PortalSessions } from './portalSessions';
import { API_PATH, representRequest } from './represent';
import type { Requests } from './requests';
import { Refusal, type SnapshotService } from './service';

export { API_PATH };

export interface ApiDeps { service: SnapshotService; sessions: PortalSessions; requests: Requests; now: () => number }

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

export const isApiPath = (url: string) => url === API_PATH || url.startsWith(`${API_PATH}/`) || url.startsWith(`${API_PATH}?`);

export function snapshotRequestsApi({ service, sessions, requests, now }: ApiDeps) {
  const show = (row: Parameters<typeof representRequest>[0]) => representRequest(row, requests.messages(row.id));

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://portal');
    const rest = url.pathname.slice(API_PATH.length).split('/').filter(Boolean);
    const method = req.method ?? 'GET';
    try {
      // Same-origin JSON only: a cross-site form cannot send this header, so no CSRF through the cookie.
      if (method !== 'GET' && req.headers['x-requested-with'] !== 'XMLHttpRequest') throw new Refusal(403, 'Send X-Requested-With: XMLHttpRequest.');
      const caller = await sessions.callerOf(req);
      if (!caller) throw new Refusal(401, 'Log in again: the portal does not know who you are, or your engine session ended.');
      const meta = { user: caller.user, admin: caller.admin, now: new Date(now()).toISOString() };
      const id = rest[0] === undefined ? undefined : Number(rest[0]);
      if (id !== undefined && !Number.isInteger(id)) throw new Refusal(404, 'No such snapshot request.');

      if (id === undefined && method === 'GET') {
        const rows = service.list(caller, url.searchParams.get('vm_id') ?? undefined);
        return send(res, 200, { data: rows.map(show), meta: { ...meta, count: rows.length } });
      }
      if (id === undefined && method === 'POST') {
        let input: Record<string, unknown>;
        try {
          input = JSON.parse(await readBody(req, 64 * 1024)) as Record<string, unknown>;
        } catch (e) {
          throw new Refusal(e instanceof BodyTooLarge ? 413 : 400, 'The body must be a JSON object.');
        }
        if (!input || typeof input !== 'object' || Array.isArray(input)) throw new Refusal(400, 'The body must be a JSON object.');
        const row = await service.create(caller, input);
        const link = `${API_PATH}/${row.id}`;
        res.setHeader('Location', link);
        return send(res, 202, {
          data: { _links: { request: link }, id: row.id, message: 'VM Snapshot Creation Request has been accepted for processing', name: 'Accepted', state: 'Submitted', status: 202 },
          meta,
        });
      }
      if (id !== undefined && rest.length === 1 && method === 'GET') return send(res, 200, { data: show(service.get(caller, id)), meta });
      if (id !== undefined && rest.length === 1 && method === 'DELETE') return send(res, 200, { data: show(service.cancel(caller, id)), meta });
      if (id !== undefined && rest[1] === 'delete-snapshot' && rest.length === 2 && method === 'POST') {
        return send(res, 202, { data: show(service.deleteNow(caller, id)), meta });
      }
      throw new Refusal(rest.length > 2 ? 404 : 405, rest.length > 2 ? 'Not found.' : `${method} is not allowed here.`);
    } catch (e) {
      if (e instanceof Refusal) return send(res, e.status, { error: { reason: e.message, fields: e.fields } });
      console.error('snapshot requests:', e);
      return send(res, 500, { error: { reason: 'The portal server failed to handle this request.', fields: {} } });
    }
  };
}
