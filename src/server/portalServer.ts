// One server for `npm start` and `npm run dev` (Fastify): the API mount (demo engine or proxy), the
// scheduled snapshot requests API and scheduler, health checks, and the portal's files (built, with
// compression and caching, or Vite's middleware in dev). `server` is the underlying Node http.Server, for
// whatever attaches to it directly (Vite's HMR, a WebSocket 'upgrade' handler).
import compress from '@fastify/compress';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { API_MOUNT, createApi, type ApiSide } from './app';
import { healthRoutes } from './health';
import { loggerOptions } from './logging';
import { mountApi } from './mountRoutes';
import { createConsoleProxy, type ConsoleProxy } from './consoleProxy';
import type { ServerOptions } from './options';
import { passExpectations } from './expectHeader';
import { setSecurityHeaders } from './securityHeaders';
import { createSnapshotRequests, type SnapshotRequests } from './snapshotRequests';

/** Adds the routes of the portal's own files (the built dist/, or Vite in dev). */
export type PortalFiles = (app: FastifyInstance) => Promise<void> | void;

export interface PortalApp {
  app: FastifyInstance;
  server: Server;
}

/** The Fastify app around an API side and snapshot requests (also used by tests with their own parts). */
export async function buildPortalApp(parts: {
  api: ApiSide; snapshots?: SnapshotRequests; files?: PortalFiles; dev?: boolean; logLevel?: string; ready?: () => Promise<void>;
  /** The in-browser console's WebSocket proxy: notes tickets on the API mount, relays on 'upgrade'. */
  consoles?: ConsoleProxy;
  /** Sees every request first (benchmarks count the engine's traffic with it). */
  onRequest?: (req: IncomingMessage, res: ServerResponse) => void;
}): Promise<FastifyInstance> {
  const { snapshots, files, consoles } = parts;
  const serverId = snapshots?.serverId ?? 'portal';
  const app = Fastify({
    ...loggerOptions(parts.logLevel ?? 'silent', serverId),
    // The portal's own API takes small JSON bodies; the engine mount sets its own (larger) limit.
    bodyLimit: 1024 * 1024,
    forceCloseConnections: 'idle',
    // `Expect: 201-created` must reach the engine mount instead of Node's automatic 417 (expectHeader.ts).
    serverFactory: (handler) => passExpectations(createServer(handler), handler),
  });
  app.addHook('onRequest', async (request, reply) => {
    parts.onRequest?.(request.raw, reply.raw);
    setSecurityHeaders(reply.raw, parts.dev);
  });
  // gzip or brotli for text the browser accepts it for (the portal's files, the engine's XML, JSON).
  await app.register(compress, { encodings: ['br', 'gzip'], threshold: 1024 });
  healthRoutes(app, { check: parts.ready ?? (async () => snapshots?.ready()) }, serverId);
  await mountApi(app, parts.api.route, [
    ...(snapshots ? [(request: FastifyRequest, reply: FastifyReply) => snapshots.onEngineAnswer(request, reply)] : []),
    ...(consoles ? [consoles.onEngineAnswer] : []),
  ]);
  consoles?.attach(app.server);
  if (snapshots) await app.register(async (scope) => snapshots.register(scope));
  if (files) await app.register(async (scope) => files(scope));
  return app;
}

export interface PortalServer extends PortalApp {
  api: ApiSide;
  snapshots: SnapshotRequests;
  /** Listens; resolves with the portal's URL once the scheduler runs. */
  listen(): Promise<string>;
  shutdown(): void;
}

export async function createPortalServer(opts: ServerOptions, files: PortalFiles, dev = false): Promise<PortalServer> {
  const api = createApi(opts);
  // Scheduled snapshot requests reach the engine through this server's own API mount, like the browser.
  let engineBase = '';
  const snapshots = await createSnapshotRequests({
    dataDir: opts.dataDir, now: api.now, engineBase: () => engineBase,
    databaseUrl: opts.databaseUrl, credentialKey: opts.credentialKey, serverId: opts.serverId,
  });
  // The in-browser console: tickets seen on the API mount open the VM's display to that session over WebSocket.
  const consoles = createConsoleProxy({ sessions: snapshots.sessions, now: api.now, engineBase: () => engineBase });
  let stopping = false;
  const app = await buildPortalApp({
    api, snapshots, consoles, files, dev, logLevel: opts.logLevel,
    ready: async () => {
      if (stopping) throw new Error('shutting down');
      await snapshots.ready();
    },
  });

  const listen = async () => {
    await app.listen({ port: opts.port, host: opts.host });
    const address = app.server.address();
    const port = address && typeof address === 'object' ? address.port : opts.port;
    const loopback = ['0.0.0.0', '::', ''].includes(opts.host) ? '127.0.0.1' : opts.host.includes(':') ? `[${opts.host}]` : opts.host;
    engineBase = `http://${loopback}:${port}${API_MOUNT}`;
    await snapshots.start();
    return `http://${opts.host}:${port}/`;
  };

  const shutdown = () => {
    // /readyz says no at once (a load balancer drains this server); the scheduler finishes its step (its
    // database writes are transactions) before the engine state is saved.
    stopping = true;
    consoles.close();
    void snapshots.close().catch(() => {}).finally(() => {
      api.close();
      void app.close().finally(() => process.exit(0));
    });
    setTimeout(() => process.exit(0), 5000).unref();
  };
  return { app, server: app.server, api, snapshots, listen, shutdown };
}
