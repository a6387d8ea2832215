// `npm start`: serves the built portal and the demo engine (or a proxy to ENGINE_URL) on one origin.
import { createServer } from 'node:http';
import { DEMO_USERS } from '../demo-engine/seed/access';
import { API_MOUNT, createApi, createRequestHandler } from './app';
import { parseOptions } from './options';
import { createSnapshotRequests } from './snapshotRequests';
import { staticFiles } from './staticFiles';

const opts = parseOptions(process.argv.slice(2), process.env);
const api = createApi(opts);
// Scheduled snapshot requests reach the engine through this server's own API mount, like the browser.
let engineBase = '';
const snapshots = createSnapshotRequests({ dataDir: opts.dataDir, now: api.now, engineBase: () => engineBase });
const files = staticFiles(opts.distDir);
const server = createServer(createRequestHandler(snapshots.observeLogins(api.handler),
  (req, res) => (snapshots.isApiPath(req.url ?? '') ? snapshots.handler(req, res) : files(req, res))));

server.listen(opts.port, opts.host, () => {
  const url = `http://${opts.host}:${opts.port}/`;
  const address = server.address();
  const port = address && typeof address === 'object' ? address.port : opts.port;
  const loopback = ['0.0.0.0', '::', ''].includes(opts.host) ? '127.0.0.1' : opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  engineBase = `http://${loopback}:${port}${API_MOUNT}`;
  snapshots.start();
  console.log(`oVirt portal listening on ${url}`);
  console.log(`Snapshot requests kept in ${opts.dataDir}`);
  if (opts.engineUrl) console.log(`API ${API_MOUNT} proxied to ${opts.engineUrl}`);
  else {
    console.log(`Demo engine at ${url.slice(0, -1)}${API_MOUNT} (${opts.vms} VMs, clock x${opts.clockSpeed}${opts.stateFile ? `, state in ${opts.stateFile}` : ''})`);
    console.log(`Log in as ${DEMO_USERS.map((u) => `${u.user}@${u.domain} / ${u.password}`).join(', ')}`);
  }
});

function shutdown() {
  // The scheduler finishes its step (its database writes are transactions) before the engine state is saved.
  void snapshots.close().finally(() => {
    api.close();
    server.close(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
