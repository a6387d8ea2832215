// /clusters/:parentId/affinitygroups/:id — guide 10.7.3 (a cluster's affinity groups): whether its VMs run
// together (positive) or apart, whether the scheduler enforces it, and the VMs in the group.
import { DetailPage, generalTab, RefLink, type DetailConfig } from '../../components/detail';
import { t, tk } from '../../i18n';

export const affinitygroupDetail: DetailConfig = {
  collection: 'affinitygroups',
  parent: { collection: 'clusters', sub: 'affinitygroups', noun: tk('Cluster') },
  noun: tk('Affinity group'),
  actions: false,
  tabs: [
    generalTab(),
    // The engine lists the members as references (`<vm id=…/>`): each is named from its own resource.
    { key: 'vms', label: tk('Virtual machines'), columns: () => [
      { header: t('Virtual machine'), value: (vm) => <RefLink collection="vms" id={vm.id} name={vm.name ? String(vm.name) : undefined} /> },
    ],
      // RSDL clusters/{cluster:id}/affinitygroups/{affinitygroup:id}/vms add: `<vm id=…/>`, a VM of the group's cluster.
      attach: { label: tk('Add virtual machine'), collection: 'vms', element: 'vm',
        filter: (vm, { object, scope }) => String(vm.cluster?.id ?? '') === String(object.cluster?.id ?? scope.parent?.id ?? '') },
      rowActions: [{ label: tk('Remove from group'), method: 'DELETE', confirm: 'ask',
        consequence: (vm, { object }) => `The virtual machine leaves affinity group ${String(object.name)}; the scheduler no longer places it by the group's rule.` }] },
  ],
};

export default function AffinitygroupDetailPage() {
  return <DetailPage config={affinitygroupDetail} />;
}
