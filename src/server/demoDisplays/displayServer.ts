// One running demo VM's display: a TCP listener at the port the engine reports, the VM's screen and guest,
// and its RFB clients. Shared clients see the same screen; a non-shared one (ClientInit 0) pushes the others off.
import { createServer, type Server } from 'node:net';
import type { ConsoleDisplays, DemoDisplay } from '../../demo-engine/vms/consoleDisplays';
import { Guest } from './guest';
import { RfbConnection } from './rfbConnection';
import { Screen } from './screen';

export class DisplayServer {
  readonly screen: Screen;
  private readonly guest: Guest;
  private readonly clients = new Set<RfbConnection>();
  private readonly server: Server;
  private display: DemoDisplay;

  constructor(display: DemoDisplay, engine: ConsoleDisplays, onError: (e: Error) => void) {
    this.display = display;
    this.screen = new Screen((r) => { for (const c of this.clients) c.changed(r); });
    this.guest = new Guest(this.screen, this.info());
    this.server = createServer((socket) => {
      // A client that never finishes the handshake does not hold a socket for ever.
      socket.setTimeout(30_000, () => { if (!authed.has(socket)) socket.destroy(); });
      new RfbConnection(socket, {
        name: () => this.display.name,
        ticket: () => engine.ticket(this.display.vmId),
        pixels: () => this.screen.pixels,
        joined: (client, userId, shared) => {
          authed.add(socket);
          socket.setTimeout(0);
          if (!shared) for (const other of this.clients) other.close();
          this.clients.add(client);
          const left = engine.connected(this.display.vmId, userId, socket.remoteAddress ?? '');
          return () => { this.clients.delete(client); left(); };
        },
        key: (k) => this.guest.key(k),
        ctrlAltDel: () => this.guest.ctrlAltDel(),
      });
    });
    const authed = new WeakSet<object>();
    this.server.on('error', onError);
    this.server.listen(display.port, display.address);
  }

  get port(): number {
    return this.display.port;
  }

  /** The engine's view changed (state, host). */
  update(display: DemoDisplay): void {
    const changed = display.state !== this.display.state || display.host !== this.display.host;
    this.display = display;
    if (changed) this.guest.update(this.info());
  }

  /** The VM went down: the display and its connections go with it. */
  close(): void {
    this.guest.close();
    this.server.close();
    for (const c of this.clients) c.close();
  }

  private info() {
    return { name: this.display.name, state: this.display.state, host: this.display.host };
  }
}
