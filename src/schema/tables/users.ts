// Guide chapter 22, Table 22.1. Users are added from a directory service by user name (UPN) and domain.
import type { ResourceTable } from '../types';

const G = 'General';

export const users: ResourceTable = {
  segment: 'users',
  element: 'user',
  label: 'Users',
  create: { path: '/users' },
  elements: [
    { path: 'user_name', label: 'User name', type: 'string', group: G, required: true, column: true,
      help: 'The user principal name (UPN), the convenient identifier when adding a user.' },
    { path: 'domain', label: 'Domain', type: 'ref', ref: 'domains', group: G, required: true, column: true,
      help: 'The directory service domain containing the user.' },
    { path: 'principal', label: 'Principal', type: 'string', group: G, help: 'The principal in the directory.' },
    { path: 'namespace', label: 'Namespace', type: 'string', group: G, help: 'The directory namespace.' },
    { path: 'name', label: 'First name', type: 'string', group: G, readOnly: true, column: true, help: 'A free-text name for the user.' },
    { path: 'last_name', label: 'Last name', type: 'string', group: G, readOnly: true, column: true, help: 'The surname of the user.' },
    { path: 'email', label: 'E-mail', type: 'string', group: G, readOnly: true, help: 'The e-mail address.' },
    { path: 'department', label: 'Department', type: 'string', group: G, readOnly: true, help: 'The department.' },
    { path: 'logged_in', label: 'Logged in', type: 'boolean', group: G, readOnly: true, help: 'The user has a session.' },
  ],
};
