// `Users:` and `Groups:` search fields (the engine's user condition fields: name, lastname, usrname,
// department, directory, tag). A user's `name` matches the first name and the login (`mary`,
// `mary@internal`), so the guide's `vms: users.name=mary` (7.3.7) finds Mary's VMs.
import type { Entity } from '../../types';
import { basics, str, tagsOf, type CollectionSearch } from '../fieldTypes';

export const userNames = (u: Entity): string[] =>
  [u.name, u.principal ?? String(u.user_name ?? '').split('@')[0], u.user_name].filter((n) => typeof n === 'string' && n !== '');

export const usersSearch: CollectionSearch = {
  names: ['users', 'user'],
  freeText: ['name', 'lastname', 'usrname'],
  defaultSort: { field: 'name', desc: false },
  fields: {
    id: str((e) => e.id),
    name: str(userNames),
    // The directory's `allnames`: first name, last name and login at once (what a user picker searches by).
    allnames: str((e) => [...userNames(e), e.last_name].filter((n) => typeof n === 'string' && n !== '')),
    lastname: str((e) => e.last_name),
    usrname: str((e) => e.user_name),
    department: str((e) => e.department),
    directory: str((e) => e.domain?.name),
    email: str((e) => e.email),
    tag: tagsOf('users'),
  },
  relations: {
    vms: (user, look) => look.vmsByUser().get(user.id) ?? [],
  },
};

export const groupsSearch: CollectionSearch = {
  names: ['groups', 'group'],
  freeText: ['name'],
  defaultSort: { field: 'name', desc: false },
  fields: {
    ...basics(),
    directory: str((e, look) => look.get('domains', e.domain?.id)?.name),
    tag: tagsOf('groups'),
  },
};
