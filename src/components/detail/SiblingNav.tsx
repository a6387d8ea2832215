// Previous / next item of the parent's sub-collection (a data center's quotas, a host's NICs), from the
// same query as the parent's tab: the sub-collection is small and listed whole.
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { subQuery } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import { itemPath, type ParentRef } from './scope';
import { t } from '../../i18n';

interface Props { parent: ParentRef; id: string; noun: string; title: (o: XmlObject) => string }

export default function SiblingNav({ parent, id, noun, title }: Props) {
  const siblings = useQuery(subQuery(parent.collection, parent.id, parent.sub));
  const items = siblings.data ?? [];
  const index = items.findIndex((i) => String(i.id) === id);
  const prev = index > 0 ? items[index - 1] : undefined;
  const next = index >= 0 && index < items.length - 1 ? items[index + 1] : undefined;
  const lower = noun.toLowerCase();
  const to = (i: XmlObject) => itemPath(parent.collection, parent.id, parent.sub, String(i.id));
  return (
    <Stack direction="row" spacing={1} component="nav" aria-label={t('Other {{lower}}s', { lower })}>
      {prev ? (
        <Button component={RouterLink} to={to(prev)} size="small" startIcon={<ChevronLeftIcon />} aria-label={t('Previous {{lower}}: {{prev}}', { lower, prev: title(prev) })}>{title(prev)}</Button>
      ) : <Button size="small" disabled startIcon={<ChevronLeftIcon />} aria-label={t('Previous {{lower}}', { lower })}>{t('Previous')}</Button>}
      {next ? (
        <Button component={RouterLink} to={to(next)} size="small" endIcon={<ChevronRightIcon />} aria-label={t('Next {{lower}}: {{next}}', { lower, next: title(next) })}>{title(next)}</Button>
      ) : <Button size="small" disabled endIcon={<ChevronRightIcon />} aria-label={t('Next {{lower}}', { lower })}>{t('Next')}</Button>}
    </Stack>
  );
}
