// The demo engine: a simulated oVirt engine answering REST API v3 requests (guide chapters 2-7).
// `createEngine` returns an object with one method, `handle`, that a host (the Node server, a test,
// or a browser worker) calls with each HTTP request.
import { authenticate, Sessions } from './auth';
import type { Ctx, EngineEvent } from './context';
import { EngineFault, faultResponse, htmlError } from './faults';
import { recordEvent } from './events';
import { Router } from './router';
import { Scheduler } from './scheduler';
import { seedInventory } from './seed';
import { Store } from './store';
import { settleInterrupted } from './settle';
import type { EngineOptions, EngineRequest, EngineResponse } from './types';
import { parseUrl } from './url';
import { registerRoutes } from './routes';
import { canonicalPath } from './routes/aliases';
import { authorize } from './authorize';
import { readBody } from './writes/body';
import { configureDisplays } from './vmDisplay';
import { consoleDisplays, type ConsoleDisplays } from './vms/consoleDisplays';

export interface DemoEngine {
  handle(req: EngineRequest): EngineResponse;
  /** Applies state changes that have come due (hosts call this on a timer so events appear unprompted). */
  advance(): void;
  readonly store: Store;
  readonly mount: string;
  /** The engine's clock (ms), which runs `clockSpeed` times faster than the wall clock. */
  now(): number;
  readonly clockOrigin: number;
  /** For a host serving the VNC displays of running VMs (option `display`). */
  readonly displays: ConsoleDisplays;
}

export function createEngine(options: EngineOptions & { store?: Store } = {}): DemoEngine {
  const mount = options.mount ?? '/ovirt-engine/api';
  const wallNow = options.now ?? (() => Date.now());
  const scheduler = new Scheduler(wallNow, options.clockSpeed ?? 1, options.clockOrigin);
  const now = () => scheduler.now();
  const store = options.store ?? seedInventory({ vms: options.vms ?? 40, seed: options.seed ?? 1, now: now() });
  if (options.store) settleInterrupted(store, now());
  scheduler.onRun = () => store.touch();
  configureDisplays(store, options.display);
  const sessions = new Sessions(options.sessionTimeoutMs ?? 30 * 60_000, wallNow);
  const router = registerRoutes(new Router());

  function emit(event: EngineEvent): void {
    recordEvent(store, event, now());
  }

  function handle(req: EngineRequest): EngineResponse {
    scheduler.advance();
    let rel = req.url.startsWith(mount) ? req.url.slice(mount.length) : req.url;
    // guide 3.1: the `/v3` URL prefix selects version 3 like the `Version: 3` header; hrefs keep the prefix.
    const v3 = /^\/v3(?=$|[/;?])/.test(rel);
    if (v3) rel = rel.slice(3);
    const base = v3 ? `${mount}/v3` : mount;
    const url = parseUrl(rel);
    const auth = authenticate(store, sessions, req.headers);
    if ('unauthorized' in auth) return htmlError(401, { 'WWW-Authenticate': 'Basic realm="RESTAPI"' });
    const canonical = canonicalPath(store, req.method, url.segments);
    if (canonical) url.segments = canonical;
    const match = canonical ? router.match(req.method, url.segments) : undefined;
    let res: EngineResponse;
    if (!match) res = htmlError(404);
    else if (match === 'methodMismatch') res = htmlError(405);
    else {
      const ctx: Ctx = {
        req, url, store, scheduler, base, user: auth.user, now, emit, params: match.params,
        filtered: /^true$/i.test(req.headers['filter'] ?? ''),
        correlationId: req.headers['correlation-id'],
      };
      try {
        authorize(ctx, () => readBody(ctx));
        res = match.handler(ctx);
      } catch (e) {
        // A resource's own 405 carries a fault (BackendHostNicResource's non-SR-IOV NIC); the container's is an HTML page.
        const html = e instanceof EngineFault && (e.status === 404 || (e.status === 405 && !e.detail) || e.status === 415);
        if (e instanceof EngineFault) res = html ? htmlError(e.status as 404 | 405 | 415) : faultResponse(e);
        else res = faultResponse(new EngineFault(500, 'Operation Failed', e instanceof Error ? e.message : String(e)));
      }
    }
    // Writes change entities in place: whatever was derived from the state before is stale now.
    if (req.method !== 'GET' && req.method !== 'HEAD') store.touch();
    if (req.method === 'HEAD') res = { ...res, body: '', encoded: undefined };
    if (auth.newSession && auth.sessionId) {
      res.headers['Set-Cookie'] = `JSESSIONID=${auth.sessionId}; Path=${mount}; HttpOnly`;
    }
    if (auth.endSession && auth.sessionId) sessions.end(auth.sessionId);
    return res;
  }

  const displays = consoleDisplays(store, now, emit);
  return { handle, advance: () => scheduler.advance(), store, mount, now, clockOrigin: scheduler.origin, displays };
}
