// The `/ovirt-engine/api` side of the server: the demo engine (with its clock and state file) or a proxy.
import { createEngine, type DemoEngine } from '../demo-engine/engine';
import { DEFAULT_DISPLAY_ADDRESS, startDemoDisplays } from './demoDisplays';
import { demoEngineMount } from './engineMount';
import { API_MOUNT, type MountRoute } from './mountRoutes';
import type { ServerOptions } from './options';
import { engineProxy } from './proxy';
import { loadState, removeState, stateSaver } from './stateFile';

export { API_MOUNT };

export interface ApiSide {
  route: MountRoute;
  engine?: DemoEngine;
  /** The engine's clock: the demo engine's (possibly fast) one, else the wall clock. */
  now: () => number;
  close(): void;
}

/** The `/ovirt-engine/api` side: a proxy to ENGINE_URL, or the demo engine (with its clock and state file). */
export function createApi(opts: ServerOptions): ApiSide {
  if (opts.engineUrl) {
    return { route: engineProxy({ engineUrl: opts.engineUrl, caFile: opts.engineCaFile, insecure: opts.engineInsecure, mount: API_MOUNT }), now: () => Date.now(), close() {} };
  }
  if (opts.stateFile && opts.reset) removeState(opts.stateFile);
  const store = opts.stateFile ? loadState(opts.stateFile) : undefined;
  // The clock's origin is kept with the state, so after a restart a fast clock goes on from where it
  // would be had the engine kept running (what came due while down is due), instead of starting over.
  const clockOrigin = store?.get('_meta', 'clock')?.origin as number | undefined;
  const display = opts.displayPortBase > 0 ? { address: DEFAULT_DISPLAY_ADDRESS, portBase: opts.displayPortBase } : undefined;
  const engine = createEngine({ mount: API_MOUNT, vms: opts.vms, clockSpeed: opts.clockSpeed, store, clockOrigin, display });
  const displays = display ? startDemoDisplays(engine) : undefined;
  if (!store?.get('_meta', 'clock')) engine.store.put('_meta', { id: 'clock', origin: engine.clockOrigin });
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
    route: demoEngineMount(engine, () => saver?.changed()),
    engine,
    now: engine.now,
    close() {
      clearInterval(tick);
      displays?.close();
      saver?.flush();
    },
  };
}
