import { wireEngine } from '../src/demo-engine/testing/wire';
const w = wireEngine();
const cluster = w.engine.store.list('clusters')[0];
const g = w.post(`/clusters/${cluster.id}/affinitygroups`, '<affinity_group><name>g1</name></affinity_group>');
console.log(g.status, g.body.slice(0, 300));
const vm = w.engine.store.list('vms').find((v) => v.cluster.id === cluster.id)!;
const r = w.post(`/clusters/${cluster.id}/affinitygroups/${g.xml.id}/vms`, `<vm id="${vm.id}"/>`);
console.log(r.status, r.body);
