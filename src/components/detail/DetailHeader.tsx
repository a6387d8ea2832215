// A detail page's header: back to the list (same search/sort/page), name and status, the actions its
// state allows, previous / next object.
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import type { XmlObject } from '../../xsd/parse';
import { ActionButtons } from '../actions';
import StatusChip from '../StatusChip';
import PrevNext from './PrevNext';
import { stateOf } from './transitional';
import type { DetailConfig } from './types';

const LIST_PARAMS = ['q', 'sort', 'order', 'page'];

export default function DetailHeader({ config, id, object }: { config: DetailConfig; id: string; object: XmlObject }) {
  const [sp] = useSearchParams();
  const navigate = useNavigate();
  const list = new URLSearchParams([...sp].filter(([k]) => LIST_PARAMS.includes(k))).toString();
  const listTo = `/${config.collection}${list ? `?${list}` : ''}`;
  const title = config.title?.(object) ?? String(object.name ?? id);
  return (
    <Stack spacing={1}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
        <Link component={RouterLink} to={listTo} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          <ArrowBackIcon fontSize="small" /> All {config.noun.toLowerCase()}s
        </Link>
        <PrevNext collection={config.collection} id={id} noun={config.noun} defaultSort={config.defaultSort} title={config.title} />
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h5" component="h1">{title}</Typography>
        <StatusChip state={stateOf(object)} />
        <Typography variant="body2" color="text.secondary">{config.noun}</Typography>
      </Stack>
      {config.headerActions ? config.headerActions(object) : config.actions === false ? null : (
        <ActionButtons segment={config.collection} resource={object}
          onDone={(choice) => { if (choice === 'remove') navigate(listTo); }} />
      )}
    </Stack>
  );
}
