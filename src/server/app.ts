// Composes the server: the API mount (demo engine or proxy), the portal's files, security headers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createEngine, type DemoEngine } from '../demo-engine/engine';
import { engineMount } from './engineMount';
import type { ServerOptions } from './options';
import { engineProxy } from './proxy';
import { setSecurityHeaders } from './securityHeaders';
import { loadState, removeState, stateSaver } from './stateFile';

export const API_MOUNT = '/ovirt-engine/api';
type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface ApiSide { handler: Handler; engine?: DemoEngine; close(): void }

/** The `/ovirt-engine/api` side: a proxy to ENGINE_URL, or the demo engine (with its clock and state file). */
export function createApi(opts: ServerOptions): ApiSide {
  if (opts.engineUrl) {
    return { handler: engineProxy({ engineUrl: opts.engineUrl, caFile: opts.engineCaFile, insecure: opts.engineInsecure, mount: API_MOUNT }), close() {} };
  }
  if (opts.stateFile && opts.reset) removeState(opts.stateFile);
  const store = opts.stateFile ? loadState(opts.stateFile) : undefined;
  const engine = createEngine({ mount: API_MOUNT, vms: opts.vms, clockSpeed: opts.clockSpeed, store });
  const saver = opts.stateFile ? stateSaver(opts.stateFile, engine.store) : undefined;
  saver?.flush();
  // The engine applies due state changes on each request; this tick makes them (and their events)
  // happen while nobody asks, like a real engine.
  const tick = setInterval(() => {
    engine.advance();
    saver?.changed();
  }, 1000);
  tick.unref();
  return {
    handler: engineMount(engine, () => saver?.changed()),
    engine,
    close() {
      clearInterval(tick);
      saver?.flush();
    },
  };
}

export function createRequestHandler(api: Handler, portal: Handler, dev = false): Handler {
  return (req, res) => {
    setSecurityHeaders(res, dev);
    const path = req.url ?? '/';
    if (path === API_MOUNT || path.startsWith(`${API_MOUNT}/`) || path.startsWith(`${API_MOUNT};`) || path.startsWith(`${API_MOUNT}?`)) {
      return api(req, res);
    }
    return portal(req, res);
  };
}
