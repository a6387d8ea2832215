// Templates made from VMs (guide 16.5): the template is `locked` while the VM's disks are copied (the VM
// is image_locked meanwhile), answers 202 with creation_status, and becomes `ok` on the engine clock.
import { AUDIT, userName } from '../audit';
import type { Ctx } from '../context';
import { representTop } from '../represent';
import { xml } from '../respond';
import type { Entity } from '../types';
import { trackCreation, waitsForCreation } from '../writes/creation';
import { newId } from '../writes/ids';
import { clone } from '../writes/merge';
import { registerRules } from '../writes/rules';
import { runChain, setState } from '../vms/transitions';

export const TEMPLATE_MS = 4000;

function templateEventer(ctx: Ctx) {
  const correlationId = ctx.correlationId;
  return (code: number, description: string, t: Entity, vm?: Entity) =>
    ctx.emit({ code, severity: 'normal', description, correlationId, refs: { template: t.id, ...(vm ? { vm: vm.id } : {}), ...(t.cluster?.id ? { cluster: t.cluster.id } : {}) } });
}

registerRules('templates', {
  afterCreate(ctx, t, href) {
    const vm = ctx.store.get('vms', t.vm?.id)!;
    delete t.vm;
    t.status = { state: 'locked' };
    for (const d of ctx.store.list(`vms/${vm.id}/disks`)) {
      ctx.store.put(`templates/${t.id}/disks`, { ...clone(d), id: newId(ctx), image_id: newId(ctx), alias: `${t.name}_${d.alias ?? 'Disk1'}`, status: { state: 'locked' } });
    }
    for (const n of ctx.store.list(`vms/${vm.id}/nics`)) ctx.store.put(`templates/${t.id}/nics`, { ...clone(n), id: newId(ctx), mac: undefined });
    ctx.store.put(`templates/${t.id}/cdroms`, { id: '00000000-0000-0000-0000-000000000000' });
    const emit = templateEventer(ctx);
    emit(AUDIT.USER_ADD_VM_TEMPLATE, `Creation of Template ${t.name} from VM ${vm.name} was initiated by ${userName(ctx.user)}.`, t, vm);
    const vmWasDown = vm.status?.state === 'down';
    if (vmWasDown) runChain(ctx, 'vms', vm.id, [[0, (v) => setState(v, 'image_locked')], [TEMPLATE_MS, (v) => setState(v, 'down')]]);
    const finish = (tt: Entity) => {
      tt.status = { state: 'ok' };
      for (const d of ctx.store.list(`templates/${tt.id}/disks`)) d.status = { state: 'ok' };
      emit(AUDIT.USER_ADD_VM_TEMPLATE_FINISHED_SUCCESS, `Creation of Template ${tt.name} from VM ${vm.name} has been completed.`, tt, vm);
    };
    if (waitsForCreation(ctx)) {
      finish(t);
      if (vmWasDown) setState(vm, 'down');
      return xml(201, 'template', representTop('templates', t, ctx.base), { Location: href });
    }
    trackCreation(ctx, 'templates', t, href, TEMPLATE_MS, finish);
    return xml(202, 'template', representTop('templates', t, ctx.base), { Location: href });
  },
});
