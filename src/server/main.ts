// `npm start`: serves the built portal and the demo engine (or a proxy to ENGINE_URL) on one origin.
import { createServer } from 'node:http';
import { DEMO_USERS } from '../demo-engine/seed/access';
import { API_MOUNT, createApi, createRequestHandler } from './app';
import { parseOptions } from './options';
import { staticFiles } from './staticFiles';

const opts = parseOptions(process.argv.slice(2), process.env);
const api = createApi(opts);
const server = createServer(createRequestHandler(api.handler, staticFiles(opts.distDir)));

server.listen(opts.port, opts.host, () => {
  const url = `http://${opts.host}:${opts.port}/`;
  console.log(`oVirt portal listening on ${url}`);
  if (opts.engineUrl) console.log(`API ${API_MOUNT} proxied to ${opts.engineUrl}`);
  else {
    console.log(`Demo engine at ${url.slice(0, -1)}${API_MOUNT} (${opts.vms} VMs, clock x${opts.clockSpeed}${opts.stateFile ? `, state in ${opts.stateFile}` : ''})`);
    console.log(`Log in as ${DEMO_USERS.map((u) => `${u.user}@${u.domain} / ${u.password}`).join(', ')}`);
  }
});

function shutdown() {
  api.close();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
