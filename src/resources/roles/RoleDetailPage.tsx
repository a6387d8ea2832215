// /roles/:id — guide chapter 22 (roles): general and the role's permits.
import { DetailPage, generalTab, type DetailConfig } from '../../components/detail';

export const roleDetail: DetailConfig = {
  collection: 'roles',
  noun: 'Role',
  tabs: [
    generalTab(),
    { key: 'permits', label: 'Permits', columns: () => [
      { header: 'Permit', value: (p) => String(p.name ?? p.id) },
      { header: 'Administrative', value: (p) => (p.administrative === true ? 'Yes' : p.administrative === false ? 'No' : '') },
    ] },
  ],
};

export default function RoleDetailPage() {
  return <DetailPage config={roleDetail} />;
}
