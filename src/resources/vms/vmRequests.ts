// Task requests for VM operations (guide 15.7 actions: POST <vm>/<action> with an <action> body; 15.6 devices).
import { apiPath } from '../../api';
import type { TaskRequest } from '../../tasks';
import type { XmlObject } from '../../xsd/parse';

export const vmName = (vm: XmlObject): string => String(vm.name ?? vm.id ?? '');
export const vmHref = (vm: XmlObject): string => (typeof vm.href === 'string' ? apiPath(vm.href) : `/vms/${encodeURIComponent(String(vm.id))}`);
export const itemHref = (base: string, item: XmlObject): string =>
  (typeof item.href === 'string' ? apiPath(item.href) : `${base}/${encodeURIComponent(String(item.id))}`);
export const itemName = (i: XmlObject): string => String(i.alias ?? i.name ?? i.description ?? i.id ?? '');

const target = (vm: XmlObject) => ({ collection: 'vms', id: String(vm.id), name: vmName(vm) });

/** POST <vm>/<action> with `<action>…</action>`. */
export function vmAction(vm: XmlObject, action: string, label: string, body: XmlObject = {}): TaskRequest {
  return { label: `${label} ${vmName(vm)}`, method: 'POST', path: `${vmHref(vm)}/${action}`, body: { root: 'action', value: body }, target: target(vm) };
}

/** A change to one of the VM's devices (`disks`, `nics`, `cdroms`, `snapshots`, `watchdogs`). */
export function deviceRequest(vm: XmlObject, label: string, method: TaskRequest['method'], path: string, body?: { root: string; value: XmlObject }): TaskRequest {
  return { label: `${label} (${vmName(vm)})`, method, path, body, target: target(vm) };
}

export const subPath = (vm: XmlObject, sub: string): string => `${vmHref(vm)}/${sub}`;
