// What a host process serving the demo's VNC displays needs from the engine: the running displays it should
// listen for, a display's current ticket (VNC password, guide 15.7 ticket), and the console session of whoever
// connects. Like the real engine's VM_CONSOLE_CONNECTED/DISCONNECTED, a connection puts the ticket holder in
// the VM's sessions with the client's address, and the last disconnection removes them.
import { AUDIT, userName } from '../audit';
import type { EngineEvent } from '../context';
import type { Store } from '../store';
import { servedDisplays } from '../vmDisplay';
import { newId } from '../writes/ids';

export interface DemoDisplay { vmId: string; name: string; state: string; address: string; port: number; host?: string }
export interface DisplayTicket { value: string; userId: string }

export interface ConsoleDisplays {
  /** VNC displays of running VMs at the address the host serves (empty when it serves none). */
  list(): DemoDisplay[];
  get(vmId: string): DemoDisplay | undefined;
  /** The VM's ticket while it is valid on the engine's clock. */
  ticket(vmId: string): DisplayTicket | undefined;
  /** Records a console connection; returns the function that records its end. */
  connected(vmId: string, userId: string, clientAddress: string): () => void;
}

const DISPLAY_STATES = new Set(['up', 'powering_up', 'paused', 'reboot_in_progress', 'migrating', 'powering_down', 'not_responding']);

export function consoleDisplays(store: Store, now: () => number, emit: (e: EngineEvent) => void): ConsoleDisplays {
  const open = new Map<string, number>(); // `${vmId}/${userId}` → live connections
  const describe = (vm: Record<string, any>): DemoDisplay => ({
    vmId: vm.id, name: String(vm.name), state: String(vm.status?.state), address: vm.display.address,
    port: Number(vm.display.port), host: store.get('hosts', vm.host?.id)?.name,
  });
  const serves = (vm: Record<string, any> | undefined, address: string | undefined) =>
    !!vm && vm.display?.type === 'vnc' && vm.display.address === address && !!vm.display.port && DISPLAY_STATES.has(vm.status?.state);
  const event = (code: number, text: string, vmId: string) => {
    const vm = store.get('vms', vmId);
    emit({ code, severity: 'normal', description: text, refs: { vm: vmId, ...(vm?.host?.id ? { host: vm.host.id } : {}), ...(vm?.cluster?.id ? { cluster: vm.cluster.id } : {}) } });
  };
  return {
    list() {
      const address = servedDisplays(store)?.address;
      return address === undefined ? [] : store.list('vms').filter((vm) => serves(vm, address)).map(describe);
    },
    get(vmId) {
      const vm = store.get('vms', vmId);
      return serves(vm, servedDisplays(store)?.address) ? describe(vm!) : undefined;
    },
    ticket(vmId) {
      const t = store.get('_tickets', vmId);
      return t && t.expires_at > now() ? { value: String(t.value), userId: String(t.user) } : undefined;
    },
    connected(vmId, userId, clientAddress) {
      const key = `${vmId}/${userId}`;
      open.set(key, (open.get(key) ?? 0) + 1);
      const user = store.get('users', userId) ?? { id: userId, user_name: userId };
      const sessions = store.coll(`vms/${vmId}/sessions`);
      const existing = [...sessions.values()].find((s) => s.console_user && s.user?.id === userId);
      const session = existing ?? store.put(`vms/${vmId}/sessions`, {
        id: newId({ store, now }), console_user: true,
        user: { id: userId, user_name: userName(user) }, protocol: 'vnc', vm: { id: vmId },
      });
      session.ip = { address: clientAddress };
      const vmName = store.get('vms', vmId)?.name ?? vmId;
      event(AUDIT.VM_CONSOLE_CONNECTED, `User ${userName(user)} is connected to VM ${vmName}.`, vmId);
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        const left = (open.get(key) ?? 1) - 1;
        if (left > 0) return void open.set(key, left);
        open.delete(key);
        const s = [...store.coll(`vms/${vmId}/sessions`).values()].find((x) => x.console_user && x.user?.id === userId);
        if (s) store.coll(`vms/${vmId}/sessions`).delete(s.id);
        if (store.get('vms', vmId)) event(AUDIT.VM_CONSOLE_DISCONNECTED, `User ${userName(user)} got disconnected from VM ${vmName}.`, vmId);
      };
    },
  };
}
