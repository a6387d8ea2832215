// `npm run dev`: Vite with hot reload as middleware, with the same API mount and snapshot requests as production.
import { createServer as createVite } from 'vite';
import { API_MOUNT } from './app';
import { parseOptions } from './options';
import { createPortalServer } from './portalServer';

const opts = parseOptions(process.argv.slice(2), process.env);
let vite: Awaited<ReturnType<typeof createVite>> | undefined;
const portal = createPortalServer(opts, (req, res) => vite?.middlewares(req, res), true);
vite = await createVite({ server: { middlewareMode: true, hmr: { server: portal.server } }, appType: 'spa' });
const url = await portal.listen();
console.log(`oVirt portal (dev) on ${url} with API at ${API_MOUNT}`);
process.on('SIGINT', portal.shutdown);
process.on('SIGTERM', portal.shutdown);
