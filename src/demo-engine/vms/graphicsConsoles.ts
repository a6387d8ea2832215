// The graphics consoles of a VM, template or instance type (RSDL `.../graphicsconsoles`). The engine keeps one
// graphics device per protocol and lists a console per device, its id the protocol name in hex
// (BackendGraphicsConsolesResource, HexUtils.string2hex); v3 shows the device as the `display` element, so here
// the console is the display's type. POST adds a device of a protocol not yet there (AddGraphicsDeviceCommand:
// ACTION_TYPE_FAILED_ONLY_ONE_DEVICE_WITH_THIS_GRAPHICS_ALLOWED); DELETE removes that protocol's device
// (BackendGraphicsConsoleResource.remove → RemoveGraphicsDevice), leaving the VM headless: it starts without a
// console address and gets no console ticket. A VM that is not down keeps its console: its qemu process holds the device.
import type { Ctx } from '../context';
import { EngineFault, incomplete, invalidValue, operationFailed } from '../faults';
import type { Entity } from '../types';
import { registerView } from '../views/registry';
import { hex } from '../views/rsdlViews';
import { isDown, isRunning } from './states';

const PROTOCOLS = ['spice', 'vnc'];

function consoleOf(owner: string, e: Entity): Entity[] {
  const protocol = e.display?.type;
  if (!protocol) return [];
  const running = owner === 'vm' && e.display?.port !== undefined;
  return [{ id: hex(protocol), protocol, [owner]: { id: e.id },
    ...(running ? { port: e.display.port, tls_port: e.display.secure_port, address: e.display.address } : {}) }];
}

function checkDown(owner: string, e: Entity, what: string): void {
  if (owner !== 'vm' || isDown(e)) return;
  throw operationFailed(`Cannot ${what} Graphics Device. ${isRunning(e) ? 'VM is running.' : `VM ${e.name} must be down.`}`);
}

function consoles(owner: string) {
  return {
    list: (_ctx: Ctx, e: Entity) => consoleOf(owner, e),
    add(_ctx: Ctx, e: Entity, body: Record<string, any>): Entity {
      const protocol = typeof body.protocol === 'string' ? body.protocol.toLowerCase() : undefined;
      if (!protocol) throw incomplete('GraphicsConsole', ['protocol']);
      if (!PROTOCOLS.includes(protocol)) throw invalidValue(`${body.protocol} is not a valid value for protocol. Possible values for protocol are: ${PROTOCOLS.join(', ')}`);
      if (e.display?.type === protocol) throw operationFailed('Cannot add Graphics Device. Only one graphics device of each type is allowed.');
      // The demo's v3 display carries one protocol: a second one would need SPICE+VNC, which v3 cannot show.
      if (e.display?.type) throw new EngineFault(409, 'Operation Failed', `[Cannot add Graphics Device. The ${e.display.type} console is there; remove it first.]`);
      checkDown(owner, e, 'add');
      e.display = { monitors: 1, ...e.display, type: protocol };
      return consoleOf(owner, e)[0];
    },
    remove(_ctx: Ctx, e: Entity): void {
      checkDown(owner, e, 'remove');
      delete e.display.type;
    },
  };
}
registerView('vms/graphicsconsoles', consoles('vm'));
registerView('templates/graphicsconsoles', consoles('template'));
registerView('instancetypes/graphicsconsoles', consoles('instance_type'));

/** A new VM gets the graphics console of the template it is made from. */
export function inheritConsole(vm: Entity, template: Entity | undefined): void {
  if (template?.display?.type) vm.display = { monitors: template.display.monitors ?? 1, ...vm.display, type: template.display.type };
}
