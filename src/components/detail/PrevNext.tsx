// Previous / next object of the list the user came from, as links (keyboard and middle-click work).
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useNeighbours } from './useNeighbours';

import type { XmlObject } from '../../xsd/parse';
import { t } from '../../i18n';

const byName = (i: XmlObject) => String(i.name ?? i.id ?? '');

interface Props { collection: string; id: string; noun: string; defaultSort?: string; title?: (o: XmlObject) => string }

export default function PrevNext({ collection, id, noun, defaultSort, title }: Props) {
  const nameOf = title ?? byName;
  const { prev, next, position, loading } = useNeighbours(collection, id, defaultSort);
  const lower = noun.toLowerCase();
  return (
    <Stack direction="row" spacing={1} component="nav" aria-label={t('Other {{lower}}s', { lower })} sx={{ alignItems: 'center' }}>
      {prev ? (
        <Button component={RouterLink} to={prev.to} size="small" startIcon={<ChevronLeftIcon />} aria-label={t('Previous {{lower}}: {{item}}', { lower, item: nameOf(prev.item) })}>
          {nameOf(prev.item)}
        </Button>
      ) : <Button size="small" disabled startIcon={<ChevronLeftIcon />} aria-label={t('Previous {{lower}}', { lower })}>{t('Previous')}</Button>}
      {!position && !loading ? <Typography variant="caption" color="text.secondary">{t('Not in the current list')}</Typography> : null}
      {next ? (
        <Button component={RouterLink} to={next.to} size="small" endIcon={<ChevronRightIcon />} aria-label={t('Next {{lower}}: {{item}}', { lower, item: nameOf(next.item) })}>
          {nameOf(next.item)}
        </Button>
      ) : <Button size="small" disabled endIcon={<ChevronRightIcon />} aria-label={t('Next {{lower}}', { lower })}>{t('Next')}</Button>}
    </Stack>
  );
}
