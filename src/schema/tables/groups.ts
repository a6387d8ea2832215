// Guide chapter 20, Table 20.1: groups imported from directory services, added by name.
import type { ResourceTable } from '../types';
import { nameElement } from './common';

export const groups: ResourceTable = {
  segment: 'groups',
  element: 'group',
  label: 'Groups',
  create: { path: '/groups' },
  elements: [
    nameElement('The name of the group in the directory, e.g. example.com/accounts/groups/mygroup.', { required: true, updatable: undefined }),
    { path: 'domain', label: 'Domain', type: 'ref', ref: 'domains', group: 'General', column: true, help: 'The directory service domain.' },
    { path: 'namespace', label: 'Namespace', type: 'string', group: 'General', help: 'The directory namespace.' },
    { path: 'domain_entry_id', label: 'Directory ID', type: 'string', group: 'General', readOnly: true, help: 'The id of the group in the directory.' },
  ],
};
