// Scheduled snapshot requests (issue #8): the database, the scheduler and the HTTP API, wired together.
// The store is SQLite in the data directory, or PostgreSQL when `databaseUrl` is given (issue #16: any
// number of servers share the requests, and pg-boss shares out their steps). `engineBase` is the portal
// server's own `/ovirt-engine/api` URL, known once it listens: the scheduler reaches the engine through the
// same door as the browser (demo engine mount or proxy to ENGINE_URL).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { snapshotRequestsApi } from './api';
import { basicAuth, loadKey, sealer } from './credentials';
import { openDb } from './db';
import { engineClient, httpTransport, type EngineTransport } from './engineClient';
import { openPg, PgRequests } from './pgRequests';
import { PortalSessions } from './portalSessions';
import { SqliteRequests } from './requests';
import { SnapshotScheduler } from './scheduler';
import { snapshotService } from './service';
import { startSharedWork, type SharedWork } from './sharedWork';
import type { RequestStore } from './store';

export interface SnapshotRequestsOptions {
  dataDir: string;
  /** The engine's clock (ms). */
  now: () => number;
  engineBase?: () => string;
  /** Injected in tests instead of HTTP. */
  transport?: EngineTransport;
  intervalMs?: number;
  /** PostgreSQL shared by several servers, instead of SQLite in `dataDir`. */
  databaseUrl?: string;
  /** The credential key; required with `databaseUrl` (every server needs the same). Default: `dataDir/credential.key`. */
  credentialKey?: Buffer;
  /** Names this server in the requests' history. */
  serverId?: string;
  log?: (text: string) => void;
}

export const defaultServerId = () => `${hostname()}-${process.pid}-${randomBytes(2).toString('hex')}`;

export async function createSnapshotRequests(opts: SnapshotRequestsOptions) {
  const serverId = opts.serverId ?? defaultServerId();
  const log = opts.log ?? ((text: string) => console.error(text));
  if (opts.databaseUrl && !opts.credentialKey) {
    throw new Error('With DATABASE_URL, set CREDENTIAL_KEY or CREDENTIAL_KEY_FILE, the same on every portal server: each must open the credentials the others sealed.');
  }
  const seal = sealer(opts.credentialKey ?? loadKey(opts.dataDir));
  const transport = opts.transport ?? httpTransport(opts.engineBase ?? (() => { throw new Error('engine URL not known yet'); }), serverId);
  const pg = opts.databaseUrl ? new PgRequests(await openPg(opts.databaseUrl), opts.now, serverId) : undefined;
  const requests: RequestStore = pg ?? new SqliteRequests(openDb(opts.dataDir), opts.now, serverId);
  const scheduler = new SnapshotScheduler({
    requests, now: opts.now, log,
    clientFor: (row) => {
      if (!row.credential) return undefined;
      try {
        return engineClient(transport, basicAuth(seal.open(row.credential)), row.user_api === 1);
      } catch {
        return undefined;
      }
    },
  });
  const sessions = new PortalSessions(transport);
  const service = snapshotService({ requests, sealer: seal, transport, now: opts.now, kick: () => void scheduler.tick() });
  let shared: SharedWork | undefined;
  let started = false;

  return {
    serverId,
    /** Adds the JSON API's routes. */
    register: (app: FastifyInstance) => snapshotRequestsApi(app, { service, sessions, requests, now: opts.now }),
    /** For each answer of the engine mount: a login the engine accepted also opens a portal session. */
    onEngineAnswer(request: FastifyRequest, reply: FastifyReply) {
      const setCookie = reply.getHeader('set-cookie');
      const cookies = ([] as unknown[]).concat(setCookie ?? []).map(String);
      const mine = sessions.noteLogin(request.headers, reply.statusCode, cookies);
      if (mine) reply.header('set-cookie', [...cookies, mine]);
    },
    async start() {
      if (pg) {
        shared = await startSharedWork({ url: opts.databaseUrl!, requests: pg, scheduler, now: opts.now, log });
        const { alone } = await pg.heartbeat(opts.now());
        await scheduler.start(opts.intervalMs ?? 1000, alone);
      } else {
        await scheduler.start(opts.intervalMs ?? 1000);
      }
      started = true;
    },
    /** Readiness: the scheduler runs and the database answers. */
    async ready() {
      if (!started) throw new Error('the scheduler has not started');
      await requests.ping();
    },
    /** Resolves once the steps sent out so far have run (PostgreSQL: the pg-boss jobs; tests). */
    settled: async () => shared?.idle(),
    scheduler,
    requests,
    service,
    sessions,
    async close() {
      started = false;
      await scheduler.stop();
      await shared?.stop();
      await requests.close();
    },
  };
}

export type SnapshotRequests = Awaited<ReturnType<typeof createSnapshotRequests>>;
