// Scheduled snapshot requests (issue #8): the database, the scheduler and the HTTP API, wired together.
// `engineBase` is the portal server's own `/ovirt-engine/api` URL, known once it listens: the scheduler
// reaches the engine through the same door as the browser (demo engine mount or proxy to ENGINE_URL).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isApiPath, snapshotRequestsApi } from './api';
import { basicAuth, loadKey, sealer } from './credentials';
import { openDb } from './db';
import { engineClient, httpTransport, type EngineTransport } from './engineClient';
import { PortalSessions } from './portalSessions';
import { Requests } from './requests';
import { SnapshotScheduler } from './scheduler';
import { snapshotService } from './service';

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface SnapshotRequestsOptions {
  dataDir: string;
  /** The engine's clock (ms). */
  now: () => number;
  engineBase?: () => string;
  /** Injected in tests instead of HTTP. */
  transport?: EngineTransport;
  intervalMs?: number;
}

export function createSnapshotRequests(opts: SnapshotRequestsOptions) {
  const db = openDb(opts.dataDir);
  const seal = sealer(loadKey(opts.dataDir));
  const transport = opts.transport ?? httpTransport(opts.engineBase ?? (() => { throw new Error('engine URL not known yet'); }));
  const requests = new Requests(db, opts.now);
  const scheduler = new SnapshotScheduler({
    requests, now: opts.now,
    clientFor: (row) => {
      if (!row.credential) return undefined;
      try {
        return engineClient(transport, basicAuth(seal.open(row.credential)), row.user_api === 1);
      } catch {
        return undefined;
      }
    },
    log: (text) => console.error(text),
  });
  const sessions = new PortalSessions(transport);
  const service = snapshotService({ requests, sealer: seal, transport, now: opts.now, kick: () => void scheduler.tick() });
  const api = snapshotRequestsApi({ service, sessions, requests, now: opts.now });

  return {
    isApiPath,
    handler: api as Handler,
    /** Wraps the engine handler so logins through it open portal sessions. */
    observeLogins: (engine: Handler) => sessions.observeLogins(engine),
    start: () => scheduler.start(opts.intervalMs ?? 1000),
    scheduler,
    requests,
    service,
    sessions,
    async close() {
      await scheduler.stop();
      db.close();
    },
  };
}

export type SnapshotRequests = ReturnType<typeof createSnapshotRequests>;
