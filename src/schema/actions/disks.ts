// guide 16.5 (floating disks): move, copy (Ex. 16.4) and export (to an image provider) need a storage domain
// (RSDL `action.storage_domain.id|name`); a locked disk accepts nothing.
import { ref, text } from './params';
import type { ActionTable } from './types';

const target = (what: string) => ref('storage_domain', 'Storage domain', 'storagedomains', what, true);

export const disks: ActionTable = {
  segment: 'disks',
  actions: [
    { name: 'move', label: 'Move', when: ['ok'], bulk: true, params: [target('The storage domain the disk moves to.')],
      help: 'Move the disk image to another storage domain.' },
    { name: 'copy', label: 'Copy', when: ['ok'],
      params: [target('The storage domain the copy goes to.'), text('disk.alias', 'Alias of the copy', 'The name of the new disk.')],
      help: 'guide 16.5, Example 16.4: copy the disk to a storage domain.' },
    { name: 'export', label: 'Export', when: ['ok'], params: [target('The image storage domain (Glance) the disk is exported to.')],
      help: 'Export the disk to an image storage domain.' },
  ],
  remove: { when: ['ok', 'illegal'] },
};
