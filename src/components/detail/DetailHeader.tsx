// A detail page's header: back to the list (same search/sort/page), name and status, the actions its
// state allows, previous / next object.
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { detailQuery, keys } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import { ActionButtons } from '../actions';
import { EditButton } from '../form/NewButton';
import StatusChip from '../StatusChip';
import PrevNext from './PrevNext';
import type { Scope } from './scope';
import SiblingNav from './SiblingNav';
import { stateOf } from './transitional';
import type { DetailConfig } from './types';
import { inSentence, t, tSchema } from '../../i18n';
import { tableFor } from '../../schema';

const LIST_PARAMS = ['q', 'sort', 'order', 'page'];

const byName = (o: XmlObject) => String(o.name ?? o.id ?? '');
/** A noun inside a sentence: "Virtual machine" → "virtual machine", but "vNIC profile" and "CPU profile" keep their acronyms. */

export default function DetailHeader({ config, scope, object }: { config: DetailConfig; scope: Scope; object: XmlObject }) {
  const { id, parent } = scope;
  const [sp] = useSearchParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  // An item of a sub-collection goes back to its parent's tab (named by the parent, fetched once and shared).
  const parentObject = useQuery({ ...detailQuery(parent?.collection ?? '', parent?.id ?? ''), enabled: !!parent });
  const list = new URLSearchParams([...sp].filter(([k]) => LIST_PARAMS.includes(k))).toString();
  const listTo = parent
    ? `/${parent.collection}/${encodeURIComponent(parent.id)}?tab=${encodeURIComponent(parent.sub)}`
    : `/${config.collection}${list ? `?${list}` : ''}`;
  const backLabel = parent
    ? `${t(config.parent?.noun ?? parent.collection)} ${String(parentObject.data?.name ?? parent.id)}`
    : t('All {{nouns}}', { nouns: inSentence(tSchema(tableFor(config.collection)?.label) ?? `${t(config.noun)}s`) });
  const title = config.title?.(object) ?? String(object.name ?? id);
  const removed = () => {
    if (parent) void client.invalidateQueries({ queryKey: keys.sub(parent.collection, parent.id, parent.sub) });
    navigate(listTo);
  };
  return (
    <Stack spacing={1}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
        <Link component={RouterLink} to={listTo} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          <ArrowBackIcon fontSize="small" /> {backLabel}
        </Link>
        {parent
          ? <SiblingNav parent={parent} id={id} noun={t(config.noun)} title={config.title ?? byName} />
          : <PrevNext collection={config.collection} id={id} noun={t(config.noun)} defaultSort={config.defaultSort} title={config.title} />}
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h5" component="h1">{title}</Typography>
        <StatusChip state={stateOf(object)} />
        <Typography variant="body2" color="text.secondary">{t(config.noun)}</Typography>
      </Stack>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <EditButton segment={config.collection} id={id} parent={parent ? { collection: parent.collection, id: parent.id } : undefined} />
        {config.headerActions ? config.headerActions(object) : config.actions === false ? null : (
          <ActionButtons segment={config.actionSegment ?? config.collection} resource={object}
            onDone={(choice) => { if (choice === 'remove') removed(); }} />
        )}
      </Stack>
    </Stack>
  );
}
