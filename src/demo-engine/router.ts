// Matches `METHOD seg/:param/seg` patterns against path segments. The first registered match wins,
// so specific routes are added before the generic collection handlers.
import type { Ctx } from './context';
import type { EngineResponse } from './types';

export type Handler = (ctx: Ctx) => EngineResponse;
interface Route { method: string; parts: string[]; handler: Handler }

export class Router {
  private routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, parts: pattern.split('/').filter(Boolean), handler });
    return this;
  }

  /** The handler for a request, or `methodMismatch` when the path exists for other methods only. */
  match(method: string, segments: string[]): { handler: Handler; params: Record<string, string> } | 'methodMismatch' | undefined {
    let pathMatched = false;
    for (const r of this.routes) {
      const params = matchParts(r.parts, segments);
      if (!params) continue;
      if (r.method === method || (method === 'HEAD' && r.method === 'GET')) return { handler: r.handler, params };
      pathMatched = true;
    }
    return pathMatched ? 'methodMismatch' : undefined;
  }
}

function matchParts(parts: string[], segments: string[]): Record<string, string> | undefined {
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].startsWith(':')) params[parts[i].slice(1)] = segments[i];
    else if (parts[i] !== segments[i]) return undefined;
  }
  return params;
}
