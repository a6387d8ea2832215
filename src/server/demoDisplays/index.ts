// The demo engine's VNC displays, served by the portal server (the engine core has no sockets): every running
// VNC VM gets a listener at the address and port the engine reports in `display`, and loses it when it stops.
// It follows the engine's state by looking at it twice a second, so a VM started, stopped or migrated through
// the API or by the engine's own timers is followed within half a second.
import type { DemoEngine } from '../../demo-engine/engine';
import { DisplayServer } from './displayServer';

export const DEFAULT_DISPLAY_ADDRESS = '127.0.0.1';

export interface DemoDisplays {
  /** The display of a VM, while it is served. */
  get(vmId: string): DisplayServer | undefined;
  sync(): void;
  close(): void;
}

export function startDemoDisplays(engine: DemoEngine, log: (line: string) => void = (l) => console.error(l)): DemoDisplays {
  const servers = new Map<string, DisplayServer>();
  const failed = new Set<string>(); // `${vmId}:${port}` that could not listen: not retried until the port changes
  const sync = () => {
    const wanted = new Map(engine.displays.list().map((d) => [d.vmId, d]));
    for (const [vmId, server] of servers) {
      const d = wanted.get(vmId);
      if (!d || d.port !== server.port) {
        server.close();
        servers.delete(vmId);
      }
    }
    for (const d of wanted.values()) {
      const running = servers.get(d.vmId);
      if (running) { running.update(d); continue; }
      const key = `${d.vmId}:${d.port}`;
      if (failed.has(key)) continue;
      const server = new DisplayServer(d, engine.displays, (e) => {
        failed.add(key);
        servers.delete(d.vmId);
        server.close();
        log(`Demo display of VM ${d.name} cannot listen on ${d.address}:${d.port}: ${e.message}`);
      });
      servers.set(d.vmId, server);
    }
  };
  sync();
  const timer = setInterval(sync, 500);
  timer.unref();
  return {
    get: (vmId) => servers.get(vmId),
    sync,
    close() {
      clearInterval(timer);
      for (const s of servers.values()) s.close();
      servers.clear();
    },
  };
}
