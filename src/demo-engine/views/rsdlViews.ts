// Views behind the RSDL's further sub-collections (rsdlCollections.ts, views/deep.ts): what the engine derives
// from other data rather than stores. A VM's, template's or instance type's graphics consoles are its display
// (the engine's id is the protocol name in hex: BackendGraphicsConsolesResource / HexUtils.string2hex); a
// snapshot's CD-ROMs are those of the VM (a user's or group's role permits: access/rolePermits.ts).
import type { Entity } from '../types';
import { registerView } from './registry';

const hex = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');

function consoles(owner: string) {
  return {
    list: (_ctx: unknown, e: Entity): Entity[] => {
      const protocol = e.display?.type;
      if (!protocol) return [];
      const running = owner === 'vm' && e.display?.port !== undefined;
      return [{ id: hex(protocol), protocol, [owner]: { id: e.id },
        ...(running ? { port: e.display.port, tls_port: e.display.secure_port, address: e.display.address } : {}) }];
    },
  };
}
registerView('vms/graphicsconsoles', consoles('vm'));
registerView('templates/graphicsconsoles', consoles('template'));
registerView('instancetypes/graphicsconsoles', consoles('instance_type'));

registerView('vms/snapshots/cdroms', { list: (ctx, _snap, [vm]) => ctx.store.list(`vms/${vm.id}/cdroms`) });
// An export domain keeps the disks of the templates exported to it (templates/actions.ts copies them there).
registerView('storagedomains/templates/disks', { list: (ctx, tpl, [sd]) => ctx.store.list(`storagedomains/${sd.id}/templates/${tpl.id}/disks`) });
