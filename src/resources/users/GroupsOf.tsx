// The directory groups a user belongs to: carried inline in the user (`<groups><group>…`), linked to
// the group's page when the engine knows the group.
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { RefLink } from '../../components/detail';
import SubTable from '../../components/SubTable';
import { allQuery } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import { t } from '../../i18n';

export default function GroupsOf({ user }: { user: XmlObject }) {
  const groups = useQuery({ ...allQuery('groups'), retry: false });
  const raw = user.groups?.group;
  const items: XmlObject[] = Array.isArray(raw) ? raw : raw ? [raw] : [];
  if (!items.length) return <Typography color="text.secondary">{t('The user belongs to no groups.')}</Typography>;
  const known = (g: XmlObject) => groups.data?.find((k) => k.id === g.id || (g.name && k.name === g.name));
  return (
    <SubTable label={t('Groups')} items={items} columns={[
      { header: t('Name'), value: (g) => {
        const k = known(g);
        return k ? <RefLink collection="groups" id={k.id} name={String(k.name)} /> : String(g.name ?? g.id ?? '');
      } },
      { header: t('Namespace'), value: (g) => String(g.namespace ?? '') },
    ]} />
  );
}
