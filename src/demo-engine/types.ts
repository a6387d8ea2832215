// Shapes shared by the demo engine's modules. The core is plain TypeScript: no Node or browser globals,
// so it can run inside the portal's server or a browser alike.

export interface EngineRequest {
  method: string;
  /** Path after the mount point plus query string, e.g. `/vms;max=10?search=status%3Dup`. */
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  body?: string;
}

export interface EngineResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /**
   * `body` already encoded as UTF-8, when the engine keeps it (large list documents): a host writes these
   * bytes instead of encoding 400 KiB again on every request. Always the same content as `body`.
   */
  encoded?: Uint8Array;
}

/** An entity as the engine stores it: the wire shape without hrefs, links and actions. */
export type Entity = { id: string; [key: string]: any };

export interface EngineOptions {
  /** Where the API is mounted, e.g. `/ovirt-engine/api`. */
  mount?: string;
  /** Number of VMs in the seeded inventory (default 40). */
  vms?: number;
  /** Multiplies the speed of the engine's clock for state transitions (default 1). */
  clockSpeed?: number;
  /** Wall time the fast clock counts from (default: now); kept across restarts so time neither rewinds nor stops. */
  clockOrigin?: number;
  /** Idle time after which a session expires, in ms (default 30 min, like the engine's default). */
  sessionTimeoutMs?: number;
  now?: () => number;
  /** The host serves running VMs' VNC displays at this address, on ports from `portBase` (vmDisplay.ts). */
  display?: { address: string; portBase: number };
  /** Seed for the deterministic inventory. */
  seed?: number;
}
