// The deterministic demo inventory (issue: 2 data centers, 3 clusters, 6 hosts in mixed states,
// data/ISO/export storage domains, networks, the Blank template and more, VMs across every common
// status with disks, NICs and snapshots, a pool, users, roles, permissions, tags and past events).
// `vms` scales the VM count (e.g. 10,000 for benchmarks); the same seed always gives the same inventory.
import { Random } from '../ids';
import { Store } from '../store';
import { seedAccess } from './access';
import { seedEngineConfig } from './engineConfig';
import { seedEvents } from './events';
import { seedExtras } from './extras';
import { seedScheduling } from './scheduling';
import { seedVmHostDevices } from './vmHostDevices';
import { seedInfrastructure } from './infrastructure';
import { seedVms } from './vms';
import { refreshHostSummaries } from '../vms/placement';
import { seedUnregisteredDisks } from '../storage/unregistered';
import { seedProviders } from '../providers/seed';
import { seedRsdlContent } from './rsdlContent';

export interface SeedOptions { vms: number; seed: number; now: number }

export function seedInventory(opts: SeedOptions): Store {
  const store = new Store();
  const rnd = new Random(opts.seed);
  const infra = seedInfrastructure(store, rnd, opts.now);
  const access = seedAccess(store, rnd);
  seedVms(store, rnd, infra, access, opts);
  seedExtras(store, new Random(opts.seed + 7), infra, access, opts.now);
  seedEvents(store, rnd, opts.now);
  seedEngineConfig(store);
  seedUnregisteredDisks(store, new Random(opts.seed + 11));
  seedProviders(store, new Random(opts.seed + 13));
  seedScheduling(store, new Random(opts.seed + 14));
  seedVmHostDevices(store);
  seedRsdlContent(store, new Random(opts.seed + 15));
  // Hosts report the VMs they run (`summary`), as the lifecycle keeps them from here on.
  refreshHostSummaries(store);
  return store;
}
