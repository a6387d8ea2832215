// Where the API lives and how hrefs map onto it. The portal talks to its own origin (the server mounts
// the demo engine or proxies a real one at API_BASE); engines send hrefs absolute (4.x `Link:` header),
// root-relative with their own prefix (`/ovirt-engine/api/...`, 3.1's `/api/...`) or relative.
export const API_BASE = '/ovirt-engine/api';

/** Turns any engine href into a path relative to the API base: `/vms/123?search=x`. */
export function apiPath(href: string): string {
  let rest = href.trim();
  const abs = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(.*)$/i.exec(rest);
  if (abs) rest = abs[1] || '/';
  if (!rest.startsWith('/')) return `/${rest}`.replace(/^\/\.\//, '/');
  if (rest.startsWith(API_BASE) && (rest === API_BASE || /^[/;?]/.test(rest.slice(API_BASE.length)))) {
    return rest.slice(API_BASE.length) || '/';
  }
  // Another engine prefix (3.x `/api`, `/rhevm-api`): drop everything up to it.
  const m = /^(?:\/[^/?;]+)*?\/(?:api|rhevm-api)(?=[/?;]|$)/.exec(rest);
  if (m) return rest.slice(m[0].length) || '/';
  return rest;
}

/** The same-origin URL the portal fetches for an href or API path. */
export function apiUrl(hrefOrPath: string): string {
  const p = apiPath(hrefOrPath);
  return p === '/' ? API_BASE : `${API_BASE}${p}`;
}

export interface MatrixParams { max?: number; 'case-sensitive'?: boolean; [name: string]: string | number | boolean | undefined }

/** Adds matrix parameters (guide 7.3.5 `;max=`, 7.3.6 `;case-sensitive=`) before the query string. */
export function withMatrix(path: string, params: MatrixParams): string {
  const q = path.indexOf('?');
  const [base, query] = q < 0 ? [path, ''] : [path.slice(0, q), path.slice(q)];
  const matrix = Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `;${k}=${encodeURIComponent(String(v))}`)
    .join('');
  return `${base}${matrix}${query}`;
}

/** `Accept` with `detail=` (guide 7.3.3): inline sub-collections such as statistics, nics, disks. */
export function acceptWithDetail(detail?: readonly string[]): string {
  return detail && detail.length ? `application/xml; detail=${detail.join('+')}` : 'application/xml';
}
