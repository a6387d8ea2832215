// Saved searches for one collection: save the current view under a name, open one, copy its link, delete it.
import BookmarkBorderIcon from '@mui/icons-material/BookmarkBorder';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState, useSyncExternalStore, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { deleteSearch, savedSearches, saveSearch, subscribeSavedSearches } from './savedSearches';
import { t } from '../../i18n';

export interface SavedSearchesProps {
  /** The collection; saved searches are listed per collection. */
  segment: string;
}

export default function SavedSearches({ segment }: SavedSearchesProps) {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [copied, setCopied] = useState<string>();
  const list = useSyncExternalStore(subscribeSavedSearches, () => JSON.stringify(savedSearches(segment)));
  const saved = JSON.parse(list) as ReturnType<typeof savedSearches>;
  const current = search.replace(/^\?/, '');

  const save = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    saveSearch(segment, { name: name.trim(), query: current });
    setNaming(false);
    setName('');
  };
  const copy = async (query: string, n: string) => {
    const url = `${window.location.origin}${pathname}${query ? `?${query}` : ''}`;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(n);
    } catch {
      window.prompt('Copy this link', url); // clipboard blocked (plain http): let the user copy it
    }
  };

  return (
    <>
      <Button size="small" startIcon={<BookmarkBorderIcon />} onClick={(e) => setAnchor(e.currentTarget)} aria-haspopup="menu">
        {t('Saved searches')}
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => { setAnchor(null); setCopied(undefined); }}>
        <MenuItem onClick={() => { setAnchor(null); setNaming(true); }}>{t('Save this search…')}</MenuItem>
        {saved.length ? <Divider /> : null}
        {saved.map((s) => (
          <MenuItem key={s.name} onClick={() => { setAnchor(null); navigate({ pathname, search: s.query ? `?${s.query}` : '' }); }}>
            <ListItemText primary={s.name} secondary={copied === s.name ? t('Link copied') : decodeURIComponent(new URLSearchParams(s.query).get('q') ?? '') || t('everything')} />
            <IconButton size="small" aria-label={t('Copy link to {{name}}', { name: s.name })} onClick={(e) => { e.stopPropagation(); void copy(s.query, s.name); }}>
              <ContentCopyIcon fontSize="small" />
            </IconButton>
            <IconButton size="small" aria-label={t('Delete {{name}}', { name: s.name })} onClick={(e) => { e.stopPropagation(); deleteSearch(segment, s.name); }}>
              <DeleteOutlinedIcon fontSize="small" />
            </IconButton>
          </MenuItem>
        ))}
      </Menu>
      <Dialog open={naming} onClose={() => setNaming(false)}>
        <form onSubmit={save}>
          <DialogTitle>{t('Save search')}</DialogTitle>
          <DialogContent>
            <TextField autoFocus size="small" label={t('Name')} value={name} onChange={(e) => setName(e.target.value)} sx={{ mt: 1 }}
              helperText={current ? t('Keeps: {{current}}', { current: decodeURIComponent(current) }) : t('Keeps the unfiltered list')} />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setNaming(false)}>{t('Cancel')}</Button>
            <Button type="submit" variant="contained" disabled={!name.trim()}>{t('Save')}</Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
