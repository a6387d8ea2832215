// CD-ROMs (guide 15.6.4): change the image from the ISO domain's files, permanently (PUT …/cdroms/<id>) or,
// on a running VM, for this run only (PUT …/cdroms/<id>;current=true, Ex. 15.36); eject with `<file id=""/>`.
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueries } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { get, withMatrix } from '../../api';
import QueryState from '../../components/QueryState';
import SubTable from '../../components/SubTable';
import { keys } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import InlineFailure from './InlineFailure';
import IsoSelect from './IsoSelect';
import TaskDialog from './TaskDialog';
import { useDevices } from './useDevices';
import { useInlineTask } from './useInlineTask';
import { deviceRequest, itemHref, subPath } from './vmRequests';
import { t } from '../../i18n';

const RUNNING = new Set(['up', 'powering_up', 'paused', 'reboot_in_progress', 'migrating', 'powering_down']);

function ChangeCdDialog({ vm, cd, href, onClose }: { vm: XmlObject; cd: XmlObject; href: string; onClose: () => void }) {
  const running = RUNNING.has(String(vm.status?.state));
  const [iso, setIso] = useState(String(cd.file?.id ?? ''));
  const [current, setCurrent] = useState(running);
  return (
    <TaskDialog open onClose={onClose} title={t('Change CD')} submitLabel={t('Change')}
      request={() => deviceRequest(vm, `${iso ? `Insert ${iso}` : 'Eject CD'}${current ? ' (this run only)' : ''}`, 'PUT',
        current ? withMatrix(href, { current: true }) : href, { root: 'cdrom', value: { file: { id: iso } } })}>
      <IsoSelect value={iso} onChange={setIso} label={t('CD image')} noneLabel="None (eject)" />
      <FormControlLabel disabled={!running} label={t('For this run only (the configured CD returns after the VM stops)')}
        control={<Checkbox checked={current} onChange={(e) => setCurrent(e.target.checked)} />} />
    </TaskDialog>
  );
}

export default function VmCdromsTab({ vm }: { vm: XmlObject }) {
  const id = String(vm.id);
  const query = useDevices(id, 'cdroms');
  const running = RUNNING.has(String(vm.status?.state));
  const base = subPath(vm, 'cdroms');
  // What is inserted now (`;current=true`) can differ from the configuration on a running VM.
  const now = useQueries({ queries: (running ? query.data ?? [] : []).map((cd) => ({
    queryKey: [...keys.sub('vms', id, 'cdroms'), String(cd.id), 'current'],
    queryFn: async () => (await get(withMatrix(itemHref(base, cd), { current: true }))).value,
  })) });
  const { run, busy, failure } = useInlineTask();
  const [dialog, setDialog] = useState<ReactNode>(null);
  const close = () => setDialog(null);
  return (
    <Stack spacing={2}>
      <InlineFailure failure={failure} />
      <QueryState query={query} label={t('Loading CD-ROMs')} isEmpty={(i) => i.length === 0} empty={<Typography color="text.secondary">{t('No CD-ROM device.')}</Typography>}>
        {(items) => (
          <SubTable label={t('CD-ROMs')} items={items} columns={[
            { header: t('Configured image'), value: (c) => c.file?.id || 'None (empty)' },
            ...(running ? [{ header: t('Inserted now'), value: (c: XmlObject) => {
              const cur = now[items.indexOf(c)]?.data;
              return cur ? cur.file?.id || 'None (empty)' : '…';
            } }] : []),
            { header: t('Actions'), value: (c) => (
              <Stack direction="row" spacing={0.5} role="group" aria-label={t('CD-ROM actions')}>
                <Button size="small" onClick={() => setDialog(<ChangeCdDialog vm={vm} cd={c} href={itemHref(base, c)} onClose={close} />)}>{t('Change CD')}</Button>
                <Button size="small" disabled={!!busy} onClick={() => void run(deviceRequest(vm, `Eject CD${running ? ' (this run only)' : ''}`, 'PUT',
                  running ? withMatrix(itemHref(base, c), { current: true }) : itemHref(base, c), { root: 'cdrom', value: { file: { id: '' } } }))}>{t('Eject')}</Button>
              </Stack>
            ) },
          ]} />
        )}
      </QueryState>
      {dialog}
    </Stack>
  );
}
