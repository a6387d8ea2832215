// The backup sequence of guide 8.1, one engine call per step, each a task in the task panel:
// 1 snapshot the VM, 2-3 find the snapshot's disks, 4 attach them to the backup VM (`<disk id><snapshot id/>`),
// 5 (the user runs the backup software), 6 detach them (`<action><detach>true</detach></action>`), 7 delete the snapshot.
import { apiPath, get, itemsOf } from '../../api';
import { runTask } from '../../tasks';
import type { XmlObject } from '../../xsd/parse';
import { deviceRequest, itemHref, itemName, subPath, vmName } from './vmRequests';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Re-reads `href` until `done` says so (a snapshot leaves `locked`), backing off; throws after ~2 minutes. */
export async function waitUntil(href: string, done: (v: XmlObject) => boolean, what: string): Promise<XmlObject> {
  let delay = 500;
  for (let i = 0; i < 40; i++) {
    const v = (await get(href)).value;
    if (done(v)) return v;
    await sleep(delay);
    delay = Math.min(delay * 2, 5000);
  }
  throw new Error(`${what} did not finish in time`);
}

export async function takeSnapshot(vm: XmlObject, description: string): Promise<XmlObject> {
  const { response, done } = await runTask(deviceRequest(vm, `Snapshot "${description}"`, 'POST', subPath(vm, 'snapshots'),
    { root: 'snapshot', value: { description } }));
  if ((await done) === 'failed') throw new Error('The engine could not take the snapshot');
  const href = itemHref(subPath(vm, 'snapshots'), response.value);
  return waitUntil(href, (s) => s.snapshot_status !== 'locked', 'The snapshot');
}

/** The disks of a snapshot (guide 8.1 step 3); they carry the same ids as the VM's disks. */
export async function snapshotDisks(vm: XmlObject, snapshot: XmlObject): Promise<{ disks: XmlObject[]; fromVm: boolean }> {
  try {
    return { disks: itemsOf((await get(`${itemHref(subPath(vm, 'snapshots'), snapshot)}/disks`)).value), fromVm: false };
  } catch {
    // An engine without snapshots/{id}/disks: the VM's disks have the same ids.
    return { disks: itemsOf((await get(subPath(vm, 'disks'))).value), fromVm: true };
  }
}

export async function attachSnapshotDisk(backupVm: XmlObject, disk: XmlObject, snapshot: XmlObject): Promise<void> {
  const { done } = await runTask(deviceRequest(backupVm, `Attach snapshot disk ${itemName(disk)}`, 'POST', subPath(backupVm, 'disks'),
    { root: 'disk', value: { id: disk.id, snapshot: { id: snapshot.id }, active: true } }));
  if ((await done) === 'failed') throw new Error(`Attaching ${itemName(disk)} to ${vmName(backupVm)} failed`);
}

export async function detachDisk(backupVm: XmlObject, disk: XmlObject): Promise<void> {
  const href = `${subPath(backupVm, 'disks')}/${encodeURIComponent(String(disk.id))}`;
  const { done } = await runTask(deviceRequest(backupVm, `Detach snapshot disk ${itemName(disk)}`, 'DELETE', apiPath(href),
    { root: 'action', value: { detach: true } }));
  if ((await done) === 'failed') throw new Error(`Detaching ${itemName(disk)} failed`);
}

export async function deleteSnapshot(vm: XmlObject, snapshot: XmlObject): Promise<void> {
  const { done } = await runTask(deviceRequest(vm, `Delete snapshot "${String(snapshot.description ?? '')}"`, 'DELETE',
    itemHref(subPath(vm, 'snapshots'), snapshot)));
  if ((await done) === 'failed') throw new Error('Deleting the snapshot failed');
}
