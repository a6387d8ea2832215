// /groups/:id — guide chapter 21 (groups): general, the permissions the group holds, roles, tags.
import { DetailPage, generalTab, permissionsTab, tagsTab, type DetailConfig } from '../../components/detail';
import { tk } from '../../i18n';

export const groupDetail: DetailConfig = {
  collection: 'groups',
  noun: tk('Group'),
  tabs: [
    generalTab(),
    permissionsTab(),
    { key: 'roles', label: tk('Roles'), table: 'roles', linkTo: 'roles' },
    tagsTab(),
  ],
};

export default function GroupDetailPage() {
  return <DetailPage config={groupDetail} />;
}
