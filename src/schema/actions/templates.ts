// guide 17.4.1 (export to an export domain; `storage_domain` required by the RSDL, `exclusive` to overwrite)
// and 17.3 removal, refused for a locked template.
import { flag, ref } from './params';
import type { ActionTable } from './types';

export const templates: ActionTable = {
  segment: 'templates',
  actions: [
    { name: 'export', label: 'Export', when: ['ok'],
      params: [
        ref('storage_domain', 'Export domain', 'storagedomains', 'The export storage domain.', true),
        flag('exclusive', 'Overwrite', 'Replace a template of the same name already in the export domain.'),
      ],
      help: 'guide 17.4.1: copy the template to an export storage domain.' },
  ],
  remove: { when: ['ok', 'illegal'] },
};
