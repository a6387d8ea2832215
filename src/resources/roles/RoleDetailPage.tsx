// /roles/:id — guide chapter 22 (roles): general and the role's permits.
import { DetailPage, generalTab, type DetailConfig } from '../../components/detail';
import { t, tk } from '../../i18n';

export const roleDetail: DetailConfig = {
  collection: 'roles',
  noun: tk('Role'),
  tabs: [
    generalTab(),
    { key: 'permits', label: tk('Permits'), columns: () => [
      { header: t('Permit'), value: (p) => String(p.name ?? p.id) },
      { header: t('Administrative'), value: (p) => (p.administrative === true ? 'Yes' : p.administrative === false ? 'No' : '') },
    ] },
  ],
};

export default function RoleDetailPage() {
  return <DetailPage config={roleDetail} />;
}
