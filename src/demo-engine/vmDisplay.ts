// The console address of a running VM's display (guide 15: display element; used for .vv files).
import type { Entity } from './types';

export function vmDisplay(vm: Entity, host: Entity): Record<string, unknown> {
  const seq = parseInt(vm.id.slice(0, 4), 16) % 100;
  return vm.display?.type === 'vnc'
    ? { address: host.address, port: 5900 + seq }
    : { address: host.address, port: 5900 + seq, secure_port: 6000 + seq };
}
