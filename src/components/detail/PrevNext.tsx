// Previous / next object of the list the user came from, as links (keyboard and middle-click work).
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useNeighbours } from './useNeighbours';

import type { XmlObject } from '../../xsd/parse';

const byName = (i: XmlObject) => String(i.name ?? i.id ?? '');

interface Props { collection: string; id: string; noun: string; defaultSort?: string; title?: (o: XmlObject) => string }

export default function PrevNext({ collection, id, noun, defaultSort, title }: Props) {
  const nameOf = title ?? byName;
  const { prev, next, position, loading } = useNeighbours(collection, id, defaultSort);
  const lower = noun.toLowerCase();
  return (
    <Stack direction="row" spacing={1} component="nav" aria-label={`Other ${lower}s`} sx={{ alignItems: 'center' }}>
      {prev ? (
        <Button component={RouterLink} to={prev.to} size="small" startIcon={<ChevronLeftIcon />} aria-label={`Previous ${lower}: ${nameOf(prev.item)}`}>
          {nameOf(prev.item)}
        </Button>
      ) : <Button size="small" disabled startIcon={<ChevronLeftIcon />} aria-label={`Previous ${lower}`}>Previous</Button>}
      {!position && !loading ? <Typography variant="caption" color="text.secondary">Not in the current list</Typography> : null}
      {next ? (
        <Button component={RouterLink} to={next.to} size="small" endIcon={<ChevronRightIcon />} aria-label={`Next ${lower}: ${nameOf(next.item)}`}>
          {nameOf(next.item)}
        </Button>
      ) : <Button size="small" disabled endIcon={<ChevronRightIcon />} aria-label={`Next ${lower}`}>Next</Button>}
    </Stack>
  );
}
