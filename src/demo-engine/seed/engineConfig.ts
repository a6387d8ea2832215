// What every engine has from installation on, whatever its inventory: the `Everyone` group holding
// UserTemplateBasedVm on the Blank template (so every user sees and may use Blank; the engine's
// create_tables/insert_data scripts grant it with these fixed ids), and the operating systems of its osinfo.
import { OPERATING_SYSTEMS } from '../data/operatingSystems';
import { BLANK_ID } from '../ids';
import type { Store } from '../store';
import { permitId } from '../access/rolePermits';

export const EVERYONE_ID = 'eee00000-0000-0000-0000-123456789eee';
const TEMPLATE_BASED_VM = 'def00009-0000-0000-0000-def000000009';

export function seedEngineConfig(store: Store): void {
  store.put('groups', { id: EVERYONE_ID, name: 'Everyone', namespace: '*', domain_entry_id: EVERYONE_ID });
  store.put('roles', { id: TEMPLATE_BASED_VM, name: 'UserTemplateBasedVm', description: 'Template based VM User', mutable: false, administrative: false });
  ['login', 'create_vm'].forEach((name, i) =>
    store.put(`roles/${TEMPLATE_BASED_VM}/permits`, { id: permitId(name, String(i + 1)), name, administrative: false, role: { id: TEMPLATE_BASED_VM } }));
  store.put('permissions', { id: 'eee00000-0000-0000-0000-123456789eef', role: { id: TEMPLATE_BASED_VM }, group: { id: EVERYONE_ID }, template: { id: BLANK_ID } });
  for (const [id, name, description] of OPERATING_SYSTEMS) store.put('operatingsystems', { id: String(id), name, description });
}
