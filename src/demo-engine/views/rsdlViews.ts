// Views behind the RSDL's further sub-collections (rsdlCollections.ts, views/deep.ts): what the engine derives
// from other data rather than stores (graphics consoles: vms/graphicsConsoles.ts; a user's or group's role
// permits: access/rolePermits.ts): a snapshot's CD-ROMs are those of the VM.
import { registerView } from './registry';

export const hex = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');

registerView('vms/snapshots/cdroms', { list: (ctx, _snap, [vm]) => ctx.store.list(`vms/${vm.id}/cdroms`) });
// An export domain keeps the disks of the templates exported to it (templates/actions.ts copies them there).
registerView('storagedomains/templates/disks', { list: (ctx, tpl, [sd]) => ctx.store.list(`storagedomains/${sd.id}/templates/${tpl.id}/disks`) });
