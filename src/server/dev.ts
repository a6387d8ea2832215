// `npm run dev`: Vite with hot reload as middleware, with the same API mount as production.
import { createServer } from 'node:http';
import { createServer as createVite } from 'vite';
import { API_MOUNT, createApi, createRequestHandler } from './app';
import { parseOptions } from './options';

const opts = parseOptions(process.argv.slice(2), process.env);
const api = createApi(opts);
const server = createServer();
const vite = await createVite({ server: { middlewareMode: true, hmr: { server } }, appType: 'spa' });
server.on('request', createRequestHandler(api.handler, (req, res) => vite.middlewares(req, res), true));
server.listen(opts.port, opts.host, () => {
  console.log(`oVirt portal (dev) on http://${opts.host}:${opts.port}/ with API at ${API_MOUNT}`);
});
