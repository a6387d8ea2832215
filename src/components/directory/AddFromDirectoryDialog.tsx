// "Add user from directory" / "Add group from directory": pick a domain, type part of a name, and the
// domain's directory is searched as you type (guide 19.3, `domains/{id}/users?search=`); entries already
// added are marked. Adding is a task; the engine's refusal shows inside the dialog, the choice stays.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { get, itemsOf, linkHref } from '../../api';
import { allQuery, keys } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import { performAction, type ActionOutcome } from '../actions';
import ErrorAlert from '../ErrorAlert';
import { addRequest, directoryCriteria, principalOf, type DirectoryKind } from './directory';
import { t } from '../../i18n';

export interface AddFromDirectoryDialogProps {
  kind: DirectoryKind;
  onClose: () => void;
  /** Called with the added principal's name after the engine created it. */
  onAdded?: (name: string) => void;
}

const TYPING_PAUSE_MS = 300;

function useDebounced(value: string, ms: number): string {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

export default function AddFromDirectoryDialog({ kind, onClose, onAdded }: AddFromDirectoryDialogProps) {
  const noun = kind === 'users' ? 'user' : 'group';
  const domains = useQuery(allQuery('domains'));
  const known = useQuery({ ...allQuery(kind), retry: false });
  const [domainId, setDomainId] = useState('');
  const domain = (domains.data ?? []).find((d) => String(d.id) === domainId) ?? domains.data?.[0];
  const [text, setText] = useState('');
  const criteria = directoryCriteria(kind, useDebounced(text, TYPING_PAUSE_MS));
  const results = useQuery({
    queryKey: keys.directory(String(domain?.id ?? ''), kind, criteria),
    enabled: !!domain,
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }): Promise<XmlObject[]> => {
      const href = linkHref(domain, kind) ?? `/domains/${encodeURIComponent(String(domain!.id))}/${kind}`;
      return itemsOf((await get(criteria ? `${href}?search=${encodeURIComponent(criteria)}` : href, { signal })).value);
    },
  });
  const [chosen, setChosen] = useState<XmlObject | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionOutcome['error']>();
  const added = new Set((known.data ?? []).map((u) => principalOf(kind, u)));
  const canAdd = !!chosen && !!domain && !busy && !added.has(principalOf(kind, chosen));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!canAdd) return;
    setBusy(true);
    setError(undefined);
    const outcome = await performAction(addRequest(kind, chosen!, domain!));
    setBusy(false);
    if (outcome.state === 'complete') {
      onClose();
      onAdded?.(principalOf(kind, chosen!));
    } else setError(outcome.error);
  };

  const entries = results.data ?? [];
  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="directory-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="directory-title">{t('Add {{noun}} from directory', { noun })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Stack direction="row" spacing={1}>
              <TextField select size="small" label={t('Domain')} value={String(domain?.id ?? '')} onChange={(e) => { setDomainId(e.target.value); setChosen(null); }}
                disabled={busy} sx={{ minWidth: 200 }} helperText={domains.isPending ? t('Loading…') : undefined}>
                {(domains.data ?? []).map((d) => <MenuItem key={String(d.id)} value={String(d.id)}>{String(d.name ?? d.id)}</MenuItem>)}
              </TextField>
              <TextField size="small" fullWidth autoFocus label={t('Search {{noun}}s', { noun })} value={text} disabled={busy}
                onChange={(e) => setText(e.target.value)} placeholder={kind === 'users' ? t('Name, last name or user name') : t('Group name')} />
            </Stack>
            {domains.error ? <ErrorAlert error={domains.error} title={t('The domains could not be read')} /> : null}
            {results.error ? <ErrorAlert error={results.error} title={t('The directory search failed')} /> : null}
            {results.isFetching ? <LinearProgress aria-label={t('Searching the directory')} /> : null}
            {!results.isPending && !entries.length
              ? <Typography color="text.secondary">{t('No {{noun}}s found{{value}}.', { noun, value: criteria ? ` for "${text.trim()}"` : '' })}</Typography>
              : (
                <List dense aria-label={t('Directory {{noun}}s', { noun })} sx={{ maxHeight: 320, overflow: 'auto' }}>
                  {entries.map((e) => {
                    const p = principalOf(kind, e);
                    const already = added.has(p);
                    const secondary = [kind === 'users' ? [e.name, e.last_name].filter(Boolean).join(' ') : '', e.department, already ? 'Already added' : '']
                      .filter(Boolean).join(' · ');
                    return (
                      <ListItemButton key={String(e.id ?? p)} selected={chosen?.id === e.id} disabled={already || busy}
                        onClick={() => setChosen(e)} aria-label={p}>
                        <ListItemText primary={p} secondary={secondary || undefined} />
                      </ListItemButton>
                    );
                  })}
                </List>
              )}
            {error ? <ErrorAlert error={error} /> : null}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>{t('Cancel')}</Button>
          <Button type="submit" variant="contained" disabled={!canAdd}>
            {busy ? t('Adding…') : chosen ? t('Add {{kind}}', { kind: principalOf(kind, chosen) }) : t('Add {{noun}}', { noun })}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
