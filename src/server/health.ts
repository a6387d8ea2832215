// `/healthz`: the process answers (liveness). `/readyz`: this server should get traffic (readiness): it
// listens, its scheduler runs and its database answers; while shutting down it says no, so a load
// balancer drains it before it stops. The engine is not part of it: every server shares the same engine,
// so taking one out of rotation for an engine outage would help no one.
import type { FastifyInstance } from 'fastify';

export interface Readiness {
  /** Resolves when ready; rejects (or resolves false) with the reason it is not. */
  check(): Promise<void>;
}

export function healthRoutes(app: FastifyInstance, readiness: Readiness, serverId: string): void {
  const noStore = { 'Cache-Control': 'no-store' };
  app.get('/healthz', async (_req, reply) => reply.headers(noStore).send({ status: 'ok', server: serverId }));
  app.get('/readyz', async (_req, reply) => {
    try {
      await readiness.check();
      return reply.headers(noStore).send({ status: 'ready', server: serverId });
    } catch (e) {
      return reply.code(503).headers(noStore).send({ status: 'not ready', server: serverId, reason: e instanceof Error ? e.message : String(e) });
    }
  });
}
