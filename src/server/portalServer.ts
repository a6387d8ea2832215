// One server for `npm start` and `npm run dev`: the API mount (demo engine or proxy), the scheduled
// snapshot requests API and scheduler, and the portal's files (built, or Vite's middleware in dev).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { API_MOUNT, createApi, createRequestHandler, type ApiSide } from './app';
import { createConsoleProxy } from './consoleProxy';
import type { ServerOptions } from './options';
import { createSnapshotRequests } from './snapshotRequests';

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface PortalServer {
  server: Server;
  api: ApiSide;
  /** Listens; resolves with the portal's URL once the scheduler runs. */
  listen(): Promise<string>;
  shutdown(): void;
}

export function createPortalServer(opts: ServerOptions, portal: Handler, dev = false): PortalServer {
  const api = createApi(opts);
  // Scheduled snapshot requests reach the engine through this server's own API mount, like the browser.
  let engineBase = '';
  const snapshots = createSnapshotRequests({ dataDir: opts.dataDir, now: api.now, engineBase: () => engineBase });
  // The in-browser console: tickets seen on the API mount open the VM's display to that session over WebSocket.
  const consoles = createConsoleProxy({ sessions: snapshots.sessions, now: api.now, engineBase: () => engineBase });
  const server = createServer(createRequestHandler(consoles.observeTickets(snapshots.observeLogins(api.handler)),
    (req, res) => (snapshots.isApiPath(req.url ?? '') ? snapshots.handler(req, res) : portal(req, res)), dev));
  consoles.attach(server);

  const listen = () => new Promise<string>((resolve) => {
    server.listen(opts.port, opts.host, () => {
      const address = server.address();
      const port = address && typeof address === 'object' ? address.port : opts.port;
      const loopback = ['0.0.0.0', '::', ''].includes(opts.host) ? '127.0.0.1' : opts.host.includes(':') ? `[${opts.host}]` : opts.host;
      engineBase = `http://${loopback}:${port}${API_MOUNT}`;
      snapshots.start();
      resolve(`http://${opts.host}:${opts.port}/`);
    });
  });

  const shutdown = () => {
    // The scheduler finishes its step (its database writes are transactions) before the engine state is saved.
    void snapshots.close().finally(() => {
      api.close();
      consoles.close();
      server.close(() => process.exit(0));
    });
    setTimeout(() => process.exit(0), 2000).unref();
  };
  return { server, api, listen, shutdown };
}
