// The tags collection as a tree (parent links); choosing a tag filters the current list with `tag=<name>`,
// choosing it again (or "All") removes the filter — like the Administration Portal's tag pane.
import LocalOfferOutlinedIcon from '@mui/icons-material/LocalOfferOutlined';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { allQuery } from '../../query';
import QueryState from '../QueryState';
import { tagTree, type TagNode } from './tagFilter';
import { t } from '../../i18n';

export interface TagTreeProps {
  /** The tag currently filtering the list, if any. */
  selected?: string;
  /** Called with the chosen tag's name, or undefined to clear the filter. */
  onSelect: (name: string | undefined) => void;
}

function Nodes({ nodes, depth, selected, onSelect }: { nodes: TagNode[]; depth: number } & TagTreeProps) {
  return (
    <>
      {nodes.map((n) => {
        const name = String(n.tag.name ?? n.tag.id);
        const on = selected === name;
        return (
          <li key={String(n.tag.id)} style={{ listStyle: 'none' }}>
            <ListItemButton dense selected={on} sx={{ pl: 1 + depth * 2 }} aria-pressed={on}
              onClick={() => onSelect(on ? undefined : name)}>
              <ListItemIcon sx={{ minWidth: 28 }}><LocalOfferOutlinedIcon fontSize="small" /></ListItemIcon>
              <ListItemText primary={name} />
            </ListItemButton>
            {n.children.length ? (
              <List disablePadding aria-label={t('Tags under {{name}}', { name })}>
                <Nodes nodes={n.children} depth={depth + 1} selected={selected} onSelect={onSelect} />
              </List>
            ) : null}
          </li>
        );
      })}
    </>
  );
}

export default function TagTree({ selected, onSelect }: TagTreeProps) {
  const tags = useQuery(allQuery('tags'));
  return (
    <Paper variant="outlined" component="nav" aria-label={t('Tags')} sx={{ width: 220, flexShrink: 0, display: { xs: 'none', md: 'block' }, alignSelf: 'flex-start', py: 1 }}>
      <Typography variant="subtitle2" sx={{ px: 2 }}>{t('Tags')}</Typography>
      <QueryState query={tags} label={t('Loading tags')} isEmpty={(d) => d.length === 0}
        empty={<Typography color="text.secondary" sx={{ px: 2 }}>{t('No tags')}</Typography>}>
        {(data) => {
          // The root tag (guide 24: every tag hangs below it) is not a filter: show its children.
          const roots = tagTree(data);
          const shown = roots.length === 1 && roots[0].children.length && roots[0].tag.name === 'root' ? roots[0].children : roots;
          return (
            <List dense disablePadding>
              <li>
                <ListItemButton dense selected={!selected} onClick={() => onSelect(undefined)} aria-pressed={!selected}>
                  <ListItemText primary={t('All')} />
                </ListItemButton>
              </li>
              <Nodes nodes={shown} depth={0} selected={selected} onSelect={onSelect} />
            </List>
          );
        }}
      </QueryState>
    </Paper>
  );
}
