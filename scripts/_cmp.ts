// Compares the top-level child elements of recorded real-engine items with the demo engine's.
import { readFileSync } from 'node:fs';
import { parseXml } from '../src/xsd/parse';
import { wireEngine } from '../src/demo-engine/testing/wire';
const R = '../shared/fixtures/recorded/ovirt-4.1-v3compat/';
const w = wireEngine();
const vm = w.engine.store.list('vms').find((v) => w.engine.store.list(`vms/${v.id}/disks`).length)!;
const tpl = w.engine.store.list('templates')[1];
const cases: [string, string, string, string][] = [
  ['vm', '011_get_vms__search_sortby_20name_20asc_20page_201.xml', `/vms/${vm.id}`, 'vms'],
  ['template', '013_get_templates.xml', `/templates/${tpl.id}`, 'templates'],
  ['disk', '022_get_vms_63978315_2d17_4e67_b393_2ea60a8aeacb_disks.xml', `/vms/${vm.id}/disks`, 'disks'],
  ['nic', '024_get_vms_63978315_2d17_4e67_b393_2ea60a8aeacb_nics.xml', `/vms/${vm.id}/nics`, 'nics'],
];
for (const [item, file, path] of cases) {
  const rec = parseXml(readFileSync(R + file, 'utf8')).value;
  const recItems = [rec[item]].flat();
  const recKeys = new Set(recItems.flatMap((x: any) => Object.keys(x)));
  const mine = w.get(path).xml;
  const mineItem = mine[item] ? [mine[item]].flat()[0] : mine;
  const myKeys = new Set(Object.keys(mineItem));
  console.log(item, 'missing:', [...recKeys].filter((k) => !myKeys.has(k)).join(' '));
}
