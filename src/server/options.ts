// Command-line flags and environment for the portal's server (README: "Options").
import { configuredKey } from './snapshotRequests/credentials';

export interface ServerOptions {
  host: string;
  port: number;
  /** Real engine to proxy to instead of the demo engine (ENGINE_URL). */
  engineUrl?: string;
  engineCaFile?: string;
  engineInsecure: boolean;
  vms: number;
  clockSpeed: number;
  stateFile?: string;
  reset: boolean;
  distDir: string;
  /** Directory for the portal's own data (the snapshot requests database). */
  dataDir: string;
  /** PostgreSQL for snapshot requests shared by several servers (DATABASE_URL); SQLite in dataDir without. */
  databaseUrl?: string;
  /** The credential key shared by the servers (CREDENTIAL_KEY or CREDENTIAL_KEY_FILE). */
  credentialKey?: Buffer;
  /** This server's name in the requests' history and the logs (SERVER_ID; default host-pid-random). */
  serverId?: string;
  /** pino level for the request logs (LOG_LEVEL: trace, debug, info, warn, error, silent). */
  logLevel: string;
  /** Demo engine: first port of the VNC displays it serves on 127.0.0.1 (0: none). */
  displayPortBase: number;
}

const HELP = `Usage: npm start -- [options]
  --port N            port to listen on (default 8080, or $PORT)
  --host ADDR         address to bind (default 127.0.0.1, or $HOST)
  --vms N             demo engine: number of seeded VMs (default 40; e.g. 10000 for benchmarks)
  --clock-speed X     demo engine: multiply the speed of state changes (default 1)
  --state FILE        demo engine: keep the engine's state in FILE across restarts
  --reset             demo engine: discard the state file and start from the seed
  --data DIR          the portal's own data (scheduled snapshot requests), default .data
  --display-port-base N  demo engine: VNC displays of running VMs on 127.0.0.1 from port N (default 5900; 0: none)
Environment:
  ENGINE_URL          proxy to a real engine, e.g. https://engine.example.com/ovirt-engine/api
  ENGINE_CA_FILE      PEM file with the CA that signed the engine's certificate
  ENGINE_INSECURE=1   do not verify the engine's TLS certificate (testing only)
  DATABASE_URL        PostgreSQL for snapshot requests, shared by several portal servers
                      (e.g. postgres://portal:secret@db.example.com/portal); SQLite in --data without
  CREDENTIAL_KEY      key sealing the requests' credentials: 64 hex digits (openssl rand -hex 32), the same
                      on every server; or CREDENTIAL_KEY_FILE=path. Default: DIR/credential.key
  SERVER_ID           this server's name in the requests' history and logs (default host-pid-random)
  LOG_LEVEL           request log level: info (default), debug, warn, error, silent`;

export function parseOptions(argv: string[], env: Record<string, string | undefined>): ServerOptions {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      console.log(HELP);
      process.exit(0);
    }
    if (!a.startsWith('--')) throw new Error(`unexpected argument: ${a}\n${HELP}`);
    const [name, inline] = a.slice(2).split('=', 2);
    if (name === 'reset') flags.set(name, 'true');
    else flags.set(name, inline ?? argv[++i] ?? '');
  }
  const num = (v: string | undefined, fallback: number, name: string) => {
    if (v === undefined || v === '') return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number, got "${v}"`);
    return n;
  };
  return {
    host: flags.get('host') ?? env.HOST ?? '127.0.0.1',
    port: num(flags.get('port') ?? env.PORT, 8080, 'port'),
    engineUrl: env.ENGINE_URL || undefined,
    engineCaFile: env.ENGINE_CA_FILE || undefined,
    engineInsecure: env.ENGINE_INSECURE === '1' || env.ENGINE_INSECURE === 'true',
    vms: Math.floor(num(flags.get('vms'), 40, 'vms')),
    clockSpeed: num(flags.get('clock-speed'), 1, 'clock-speed') || 1,
    stateFile: flags.get('state') || undefined,
    reset: flags.get('reset') === 'true',
    distDir: flags.get('dist') ?? 'dist',
    dataDir: flags.get('data') || '.data',
    databaseUrl: env.DATABASE_URL || undefined,
    credentialKey: configuredKey({ key: env.CREDENTIAL_KEY, keyFile: env.CREDENTIAL_KEY_FILE }),
    serverId: env.SERVER_ID || undefined,
    logLevel: env.LOG_LEVEL || 'info',
    displayPortBase: Math.floor(num(flags.get('display-port-base'), 5900, 'display-port-base')),
  };
}
