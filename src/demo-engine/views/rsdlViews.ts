// Views behind the RSDL's further sub-collections (rsdlCollections.ts, views/deep.ts): what the engine derives
// from other data rather than stores (graphics consoles: vms/graphicsConsoles.ts): a
// snapshot's CD-ROMs, an export domain template's disks and a user's role permits are those of the VM,
// template and role.
import { registerView } from './registry';

export const hex = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');

registerView('vms/snapshots/cdroms', { list: (ctx, _snap, [vm]) => ctx.store.list(`vms/${vm.id}/cdroms`) });
registerView('storagedomains/templates/disks', { list: (ctx, tpl) => ctx.store.list(`templates/${tpl.id}/disks`) });
for (const holder of ['users', 'groups']) {
  registerView(`${holder}/roles/permits`, { list: (ctx, role) => ctx.store.list(`roles/${role.id}/permits`) });
}
