// Adding users and groups from a directory domain (guide 19.3: a domain's `users` and `groups`, searched with
// `?search=`; adding: POST /users with the directory's user_name and the domain, POST /groups with the
// group's name and the domain). Pure helpers shared by the users and groups pages.
import { quote } from '../../api';
import type { TaskRequest } from '../../tasks';
import type { XmlObject } from '../../xsd/parse';
import { t } from '../../i18n';

export type DirectoryKind = 'users' | 'groups';

/**
 * What the user typed as a directory search: a prefix of any of the user's names (the engine's `allnames`
 * field of directory users covers name, last name and user name), or of a group's name.
 */
export function directoryCriteria(kind: DirectoryKind, text: string): string {
  const t = text.trim().replace(/\*+$/, '');
  if (!t) return '';
  return `${kind === 'users' ? 'allnames' : 'name'}=${quote(`${t}*`)}`;
}

/** How the directory entry is known once added: a user by user name, a group by name. */
export const principalOf = (kind: DirectoryKind, e: XmlObject): string => String((kind === 'users' ? e.user_name ?? e.name : e.name) ?? e.id ?? '');

export function addRequest(kind: DirectoryKind, entry: XmlObject, domain: XmlObject): TaskRequest {
  const dom = { id: String(domain.id), name: String(domain.name ?? domain.id) };
  const principal = principalOf(kind, entry);
  return kind === 'users'
    ? { label: t('Add user {{principal}}', { principal }), method: 'POST', path: '/users', target: { collection: 'users', name: principal },
        body: { root: 'user', value: { user_name: principal, domain: dom } } }
    : { label: t('Add group {{principal}}', { principal }), method: 'POST', path: '/groups', target: { collection: 'groups', name: principal },
        body: { root: 'group', value: { name: principal, domain: dom } } };
}
