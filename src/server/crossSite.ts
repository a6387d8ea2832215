// Cross-site request forgery on the engine mount. The engine's session is a cookie (JSESSIONID), so a
// page on another origin could make the browser send a state-changing request with it (a plain HTML
// form with `enctype=text/plain` needs no CORS preflight). Browsers say where a request comes from:
// `Sec-Fetch-Site` (Fetch Metadata) and `Origin` on every non-GET. A write whose origin is not the
// portal's own is refused here, before it reaches the demo engine or a real one. Clients that are not
// browsers (curl, SDKs, the snapshot scheduler) send neither header and are not affected.
import type { IncomingMessage } from 'node:http';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origins the portal itself is served from, as the browser names them (`http://host:port`). */
function ownOrigins(req: IncomingMessage): string[] {
  // Behind a reverse proxy the browser's origin is the front's: accept what the front says it is.
  const first = (v: unknown) => String(v ?? '').split(',')[0].trim();
  const hosts = [req.headers.host, first(req.headers['x-forwarded-host'])].filter((h): h is string => !!h);
  const forwarded = first(req.headers['x-forwarded-proto']);
  const protos = forwarded ? [forwarded] : ['http', 'https'];
  return hosts.flatMap((h) => protos.map((p) => `${p}://${h}`.toLowerCase()));
}

/** Why a request must be refused as cross-site, or undefined when it may pass. */
export function crossSiteReason(req: IncomingMessage): string | undefined {
  if (SAFE_METHODS.has((req.method ?? 'GET').toUpperCase())) return undefined;
  const site = String(req.headers['sec-fetch-site'] ?? '').toLowerCase();
  if (site && site !== 'same-origin' && site !== 'none') return `a ${site} request (Sec-Fetch-Site)`;
  const origin = req.headers.origin;
  if (origin !== undefined) {
    if (origin === 'null') return 'a request from an opaque origin';
    if (!ownOrigins(req).includes(origin.toLowerCase())) return `a request from ${origin}`;
  }
  return undefined;
}

/** The engine's session cookie never leaves with a request another site starts (`SameSite=Strict`). */
export function strictCookie(cookie: string): string {
  const withoutSameSite = cookie.replace(/;\s*samesite=[^;]*/gi, '');
  return `${withoutSameSite}; SameSite=Strict`;
}
