// A thin bar over a list while the view it changes to is being read (useListParams reads it before the URL
// changes): the rows stay as they are until the new ones are in. Only this bar re-renders meanwhile.
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { useIsFetching } from '@tanstack/react-query';
import { keys, type ListParams } from '../query';
import { t } from '../i18n';

const same = (a: unknown, b: ListParams) => {
  const p = a as Partial<ListParams> | undefined;
  return !!p && p.criteria === b.criteria && p.sortBy === b.sortBy && p.order === b.order && p.page === b.page;
};

export default function PendingListBar({ segment, params }: { segment: string; params: ListParams }) {
  const reading = useIsFetching({ queryKey: keys.lists(segment), predicate: (q) => typeof q.queryKey[2] === 'object' && !('all' in (q.queryKey[2] as object)) && !same(q.queryKey[2], params) });
  return (
    <Box sx={{ height: 4 }}>
      {reading > 0 && <LinearProgress aria-label={t('Loading {{label}}', { label: t('the next view') })} />}
    </Box>
  );
}
