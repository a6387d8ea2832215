import { wireEngine } from '../src/demo-engine/testing/wire';
const w = wireEngine();
for (const body of ['<action/>', '<action><detach>false</detach></action>', '<action><detach>true</detach></action>', undefined]) {
  const vm = w.engine.store.list('vms').find((v) => v.status.state === 'down' && w.engine.store.list(`vms/${v.id}/disks`).length && !v.vmpool && !v.used)!;
  vm.used = true;
  const disk = w.engine.store.list(`vms/${vm.id}/disks`)[0];
  const r = w.del(`/vms/${vm.id}/disks/${disk.id}`, body);
  console.log(body, r.status, r.body.slice(56, 200), 'floating:', !!w.engine.store.get('disks', disk.id), 'in /disks:', w.get(`/disks/${disk.id}`).status);
}
