import type { IncomingMessage } from 'node:http';

/**
 * Browsers answer a 401 carrying `WWW-Authenticate: Basic` with their own password dialog, even for
 * fetch(). The portal marks its requests with `X-Requested-With: XMLHttpRequest`; for those the server
 * drops that one header so the portal's own login dialog shows instead. Other clients (curl, SDKs)
 * get the engine's response untouched.
 */
export function wantsNoAuthPrompt(req: IncomingMessage): boolean {
  return String(req.headers['x-requested-with'] ?? '').toLowerCase() === 'xmlhttprequest';
}
