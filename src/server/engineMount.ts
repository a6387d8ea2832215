// Adapts Node HTTP requests to the demo engine's `handle` (the engine core knows nothing of Node).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DemoEngine } from '../demo-engine/engine';
import { BodyTooLarge, readBody } from './readBody';
import { wantsNoAuthPrompt } from './authPrompt';

function headerRecord(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

export function engineMount(engine: DemoEngine, onChange?: () => void) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let body = '';
    try {
      body = await readBody(req);
    } catch (e) {
      res.writeHead(e instanceof BodyTooLarge ? 413 : 400).end();
      return;
    }
    const method = req.method ?? 'GET';
    const out = engine.handle({ method, url: req.url ?? '/', headers: headerRecord(req), body });
    const headers = { ...out.headers };
    if (wantsNoAuthPrompt(req)) delete headers['WWW-Authenticate'];
    // The engine hands over the bytes of the large documents it keeps, so they are not encoded per request.
    const length = out.encoded ? out.encoded.byteLength : Buffer.byteLength(out.body);
    res.writeHead(out.status, { ...headers, 'Content-Length': length });
    res.end(out.encoded ?? out.body);
    if (method !== 'GET' && method !== 'HEAD') onChange?.();
  };
}
