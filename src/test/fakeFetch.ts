// A fake `fetch` for unit and component tests: answers by method and API path with real recorded
// bodies, and records every request (URL, method, headers, body) for assertions.
import { vi } from 'vitest';

export interface Recorded { url: string; path: string; method: string; headers: Headers; body?: string }
type Answer = Response | (() => Response) | ((req: Recorded) => Response | Promise<Response>);
export interface Route { method?: string; path: string | RegExp; answer: Answer }

export const xmlResponse = (body: string, status = 200, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'Content-Type': 'application/xml', ...headers } });
export const htmlResponse = (body: string, status: number, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/html;charset=UTF-8', ...headers } });

const API = '/ovirt-engine/api';

export function fakeFetch(routes: Route[]) {
  const calls: Recorded[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const path = decodeURIComponent(url.startsWith(API) ? url.slice(API.length) || '/' : url);
    const req: Recorded = { url, path, method: init.method ?? 'GET', headers: new Headers(init.headers), body: init.body as string | undefined };
    calls.push(req);
    const route = routes.find((r) => (!r.method || r.method === req.method) && (typeof r.path === 'string' ? r.path === path : r.path.test(path)));
    if (!route) return htmlResponse('<html><head><title>Error</title></head><body>Not Found</body></html>', 404);
    const a = route.answer;
    return typeof a === 'function' ? (a as (r: Recorded) => Response | Promise<Response>)(req) : a.clone();
  });
  vi.stubGlobal('fetch', fn);
  return { fn, calls };
}
