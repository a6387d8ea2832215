// `npm run dev`: Vite with hot reload as middleware, with the same API mount and snapshot requests as
// production. Whatever the other routes do not answer goes to Vite, on the raw Node request and response.
import { createServer as createVite, type ViteDevServer } from 'vite';
import { API_MOUNT } from './app';
import { parseOptions } from './options';
import { createPortalServer } from './portalServer';

const opts = parseOptions(process.argv.slice(2), process.env);
let vite: ViteDevServer | undefined;
const portal = await createPortalServer(opts, (app) => {
  app.setNotFoundHandler((request, reply) => {
    reply.hijack();
    vite!.middlewares(request.raw, reply.raw, () => {
      reply.raw.statusCode = 404;
      reply.raw.end();
    });
  });
}, true);
vite = await createVite({ server: { middlewareMode: true, hmr: { server: portal.server } }, appType: 'spa' });
const url = await portal.listen();
console.log(`oVirt portal (dev) on ${url} with API at ${API_MOUNT}`);
process.on('SIGINT', portal.shutdown);
process.on('SIGTERM', portal.shutdown);
