// Permissions on any object (guide 7.4.8): who holds which role on it, add one (a user or a group and a
// role), remove one. On a user or a group the list is what that principal holds, on which object.
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiPath } from '../../api';
import { allQuery, detailQuery, keys, subQuery } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import RefLink from '../detail/RefLink';
import { subHref } from '../detail/transitional';
import QueryState from '../QueryState';
import SubTable, { type SubColumn } from '../SubTable';
import AddPermissionDialog from './AddPermissionDialog';
import { labelsById, objectOf } from './principals';
import RemovePermissionDialog, { type PermissionRow } from './RemovePermissionDialog';
import { t } from '../../i18n';

export interface PermissionsTabProps {
  /** API segment of the object (`hosts`, `vms`). */
  collection: string;
  id: string;
}

export default function PermissionsTab({ collection, id }: PermissionsTabProps) {
  const object = useQuery(detailQuery(collection, id));
  const perms = useQuery(subQuery(collection, id, 'permissions'));
  const users = useQuery({ ...allQuery('users'), retry: false });
  const groups = useQuery({ ...allQuery('groups'), retry: false });
  const roles = useQuery({ ...allQuery('roles'), retry: false });
  const client = useQueryClient();
  const refresh = () => void client.invalidateQueries({ queryKey: keys.sub(collection, id, 'permissions') });
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<PermissionRow | null>(null);

  const userNames = labelsById(users.data);
  const groupNames = labelsById(groups.data);
  const roleNames = labelsById(roles.data, (r) => String(r.name ?? r.id));
  const holderView = collection === 'users' || collection === 'groups';
  const name = String(object.data?.name ?? id);
  const target = { collection, id, name };

  const roleOf = (p: XmlObject) => roleNames.get(String(p.role?.id)) ?? String(p.role?.id ?? '');
  const holderOf = (p: XmlObject) =>
    p.user?.id ? userNames.get(String(p.user.id)) ?? String(p.user.id) : p.group?.id ? groupNames.get(String(p.group.id)) ?? String(p.group.id) : '';
  const columns: SubColumn[] = [
    { header: t('Role'), value: roleOf },
    ...(holderView
      ? [{ header: t('Object'), value: (p: XmlObject) => {
          const o = objectOf(p);
          return o ? <>{o.label} <RefLink collection={o.collection} id={o.id} /></> : 'System';
        } }]
      : [
          { header: t('User or group'), value: holderOf },
          { header: t('Type'), value: (p: XmlObject) => (p.user?.id ? 'User' : p.group?.id ? 'Group' : '') },
        ]),
    { header: t('Actions'), value: (p: XmlObject) => (
      <Button size="small" color="error" disabled={typeof p.href !== 'string'}
        aria-label={t('Remove {{p}} of {{value}}', { p: roleOf(p), value: holderView ? name : holderOf(p) })}
        onClick={() => setRemoving({ href: String(p.href), role: roleOf(p), holder: holderView ? name : holderOf(p) })}>
        {t('Remove')}
      </Button>
    ) },
  ];

  return (
    <Stack spacing={2}>
      {holderView ? null : (
        <Stack direction="row">
          <Button variant="outlined" onClick={() => setAdding(true)} disabled={!object.data}>{t('Add permission')}</Button>
        </Stack>
      )}
      <QueryState query={perms} label={t('Loading permissions')} isEmpty={(items) => items.length === 0}
        empty={<Typography color="text.secondary">{t('No permissions on this object.')}</Typography>}>
        {(items) => <SubTable label={t('Permissions')} items={items} columns={columns} />}
      </QueryState>
      {object.data && !holderView ? (
        <AddPermissionDialog open={adding} onClose={() => setAdding(false)} onDone={refresh} href={apiPath(subHref(collection, object.data, 'permissions'))} target={target} />
      ) : null}
      <RemovePermissionDialog row={removing} onClose={() => setRemoving(null)} onDone={refresh} target={target} />
    </Stack>
  );
}
