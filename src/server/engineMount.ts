// The demo engine mounted in Fastify. The engine core knows nothing of Node: it gets the method, URL,
// headers and the raw body text, whatever its content type (the engine itself answers 415 for what it
// does not read, like a real one), and its answer is sent as it is.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DemoEngine } from '../demo-engine/engine';
import { engineFault, rawBodies, type MountRoute } from './mountRoutes';

/** The largest request body the engine mount reads (a VM with many disks and NICs is a few kB). */
export const ENGINE_BODY_LIMIT = 8 * 1024 * 1024;

function headerRecord(request: FastifyRequest): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(request.headers)) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

export function demoEngineMount(engine: DemoEngine, onChange?: () => void): MountRoute {
  return (app: FastifyInstance) => {
    rawBodies(app, { parseAs: 'string', bodyLimit: ENGINE_BODY_LIMIT });
    app.setErrorHandler(engineFault);
    return async (request, reply) => {
      const method = request.method;
      const body = typeof request.body === 'string' ? request.body : '';
      const out = engine.handle({ method, url: request.url, headers: headerRecord(request), body });
      if (method !== 'GET' && method !== 'HEAD') onChange?.();
      // The engine hands over the bytes of the large documents it keeps, so they are not encoded per request.
      return reply.code(out.status).headers(out.headers).send(out.encoded ?? out.body);
    };
  };
}
