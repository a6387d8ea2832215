// "Copy as API call": a prepared request (what the portal is about to send) written as a curl command and as
// the raw HTTP request with its XML body, so an administrator can script what they just did. Credentials never
// appear: the portal's own request carries its session cookie (or, at login only, Basic credentials), which
// are left out; the curl command says `-u user` so curl asks for the password itself.
import type { PreparedRequest } from '../../api';

/** Headers that carry a credential or a session: never shown. */
const SECRET = new Set(['authorization', 'cookie', 'proxy-authorization']);

/** `correlation-id` → `Correlation-Id` (the Headers object lower-cases names; HTTP does not care). */
const headerName = (n: string) => n.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());

/** The request's headers as shown (in the Headers object's order), without credentials. */
export function shownHeaders(req: PreparedRequest): [string, string][] {
  return [...req.headers.entries()].filter(([n]) => !SECRET.has(n.toLowerCase())).map(([n, v]) => [headerName(n), v]);
}

/** Single-quoted for a POSIX shell: `it's` → `'it'\''s'`. */
export const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** A heredoc delimiter that no line of the body equals. */
function delimiter(body: string): string {
  const lines = new Set(body.split('\n'));
  let d = 'XML';
  while (lines.has(d)) d += '_';
  return d;
}

/** A curl command sending the same request; `origin` is the portal's (`http://127.0.0.1:8080`). */
export function toCurl(req: PreparedRequest, origin: string, user: string | undefined): string {
  const lines = [`curl -X ${req.method} ${shellQuote(origin + req.url)}`];
  if (user) lines.push(`-u ${shellQuote(user)}`);
  for (const [n, v] of shownHeaders(req)) lines.push(`-H ${shellQuote(`${n}: ${v}`)}`);
  if (req.body === undefined) return lines.join(' \\\n  ');
  const d = delimiter(req.body);
  lines.push(`--data-binary @- <<'${d}'`);
  return `${lines.join(' \\\n  ')}\n${req.body.replace(/\n$/, '')}\n${d}`;
}

/** The raw HTTP request: request line, headers, blank line, XML body. */
export function toHttp(req: PreparedRequest, host: string): string {
  const head = [`${req.method} ${req.url} HTTP/1.1`, `Host: ${host}`, ...shownHeaders(req).map(([n, v]) => `${n}: ${v}`)];
  return `${head.join('\n')}\n\n${req.body ?? ''}`.replace(/\n+$/, '\n');
}
