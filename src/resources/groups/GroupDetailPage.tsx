// /groups/:id — guide chapter 21 (groups): general, the permissions the group holds, roles, tags.
import { DetailPage, generalTab, permissionsTab, tagsTab, type DetailConfig } from '../../components/detail';

export const groupDetail: DetailConfig = {
  collection: 'groups',
  noun: 'Group',
  tabs: [
    generalTab(),
    permissionsTab(),
    { key: 'roles', label: 'Roles', table: 'roles', linkTo: 'roles' },
    tagsTab(),
  ],
};

export default function GroupDetailPage() {
  return <DetailPage config={groupDetail} />;
}
