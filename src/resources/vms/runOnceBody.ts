// guide 15.7.1-15.7.2: `start` with a <vm> is Run Once: its settings last until the VM stops.
import type { XmlObject } from '../../xsd/parse';

export interface RunOnce {
  boot: string[];
  iso: string;
  stateless: boolean;
  pause: boolean;
  /** A capabilities display type (spice, vnc); empty: as configured. */
  displayType: string;
  hostId: string;
  cloudInit: boolean;
  hostName: string;
  userName: string;
  password: string;
  sshKey: string;
  dns: string;
  customScript: string;
}

export const emptyRunOnce = (vm: XmlObject): RunOnce => {
  const boot = vm.os?.boot;
  const devs = (Array.isArray(boot) ? boot : boot ? [boot] : []).map((b: XmlObject) => String(b.dev)).filter(Boolean);
  return { boot: devs.length ? devs : ['hd'], iso: '', stateless: false, pause: false, displayType: '', hostId: '',
    cloudInit: false, hostName: String(vm.name ?? ''), userName: 'root', password: '', sshKey: '', dns: '', customScript: '' };
};

export function runOnceBody(r: RunOnce): XmlObject {
  const vm: XmlObject = {};
  if (r.stateless) vm.stateless = true;
  if (r.displayType) vm.display = { type: r.displayType };
  vm.os = { boot: r.boot.filter(Boolean).map((dev) => ({ dev })) };
  if (r.iso) vm.cdroms = { cdrom: [{ file: { id: r.iso } }] };
  if (r.hostId) vm.placement_policy = { host: { id: r.hostId } };
  if (r.cloudInit) {
    // Table 15.x initialization: the flat form the engine reads into cloud-init (host name, user, keys, DNS, script).
    const init: XmlObject = {};
    if (r.hostName.trim()) init.host_name = r.hostName.trim();
    if (r.userName.trim()) init.user_name = r.userName.trim();
    if (r.password) init.root_password = r.password;
    if (r.sshKey.trim()) init.authorized_ssh_keys = r.sshKey.trim();
    if (r.dns.trim()) init.dns_servers = r.dns.trim();
    if (r.customScript.trim()) init.custom_script = r.customScript;
    vm.initialization = init;
  }
  const body: XmlObject = {};
  if (r.pause) body.pause = true;
  body.vm = vm;
  return body;
}
