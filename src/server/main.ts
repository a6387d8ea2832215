// `npm start`: serves the built portal and the demo engine (or a proxy to ENGINE_URL) on one origin.
import { DEMO_USERS } from '../demo-engine/seed/access';
import { API_MOUNT } from './app';
import { parseOptions } from './options';
import { createPortalServer } from './portalServer';
import { staticFiles } from './staticFiles';

const opts = parseOptions(process.argv.slice(2), process.env);
const portal = await createPortalServer(opts, (app) => staticFiles(app, opts.distDir));

const url = await portal.listen();
console.log(`oVirt portal listening on ${url} (server ${portal.snapshots.serverId})`);
console.log(opts.databaseUrl ? 'Snapshot requests kept in PostgreSQL (DATABASE_URL), shared with the other servers on it' : `Snapshot requests kept in ${opts.dataDir}`);
if (opts.engineUrl) console.log(`API ${API_MOUNT} proxied to ${opts.engineUrl}`);
else {
  console.log(`Demo engine at ${url.slice(0, -1)}${API_MOUNT} (${opts.vms} VMs, clock x${opts.clockSpeed}${opts.stateFile ? `, state in ${opts.stateFile}` : ''})`);
  console.log(`Log in as ${DEMO_USERS.map((u) => `${u.user}@${u.domain} / ${u.password}`).join(', ')}`);
}
process.on('SIGINT', portal.shutdown);
process.on('SIGTERM', portal.shutdown);
