// /users/:id — guide chapter 20 (users): general, the permissions the user holds (on which object),
// assigned roles, groups (from the directory), tags, events of the user's actions.
import { DetailPage, eventsTab, generalTab, permissionsTab, tagsTab, type DetailConfig } from '../../components/detail';
import GroupsOf from './GroupsOf';
import { tk } from '../../i18n';

export const userDetail: DetailConfig = {
  collection: 'users',
  noun: tk('User'),
  title: (u) => String(u.user_name ?? u.name ?? u.id),
  tabs: [
    generalTab(),
    { ...permissionsTab(), label: tk('Permissions') },
    { key: 'roles', label: tk('Roles'), table: 'roles', linkTo: 'roles' },
    { key: 'groups', label: tk('Groups'), render: ({ object }) => <GroupsOf user={object} /> },
    tagsTab(),
    eventsTab('usrname', (u) => u.user_name ?? u.name),
  ],
};

export default function UserDetailPage() {
  return <DetailPage config={userDetail} />;
}
