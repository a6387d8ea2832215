// Structured request logs (pino, Fastify's logger): one JSON line when a request arrives and one when it
// is answered, each carrying the request's `Correlation-Id` (guide 7.4.10: the portal sends one with every
// write, and the engine records it in its events and jobs), so a line in the server's log, the task panel
// and the engine's events can be matched. `LOG_LEVEL=silent` turns them off.
import type { FastifyServerOptions } from 'fastify';

const CORRELATION = /^[A-Za-z0-9._:-]{1,100}$/;

export function correlationIdOf(header: string | string[] | undefined): string | undefined {
  const v = Array.isArray(header) ? header[0] : header;
  return v && CORRELATION.test(v) ? v : undefined;
}

export function loggerOptions(level: string, serverId: string): Pick<FastifyServerOptions, 'logger' | 'childLoggerFactory'> {
  if (level === 'silent') return { logger: false };
  return {
    logger: { level, base: { server: serverId }, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    childLoggerFactory: (logger, bindings, opts, rawReq) => {
      const correlationId = correlationIdOf(rawReq.headers['correlation-id']);
      return logger.child(correlationId ? { ...bindings, correlationId } : bindings, opts);
    },
  };
}
