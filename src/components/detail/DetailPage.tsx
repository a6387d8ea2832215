// /<collection>/:id — the generic detail page: header, then one tab per entry of the collection's tab
// table (the open tab lives in the URL). The object is re-read while it is in a transitional state.
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import QueryState from '../QueryState';
import DetailHeader from './DetailHeader';
import { objectQuery, type Scope } from './scope';
import SubCollectionPanel from './SubCollectionPanel';
import { isTransitional, POLL_MS } from './transitional';
import type { DetailConfig } from './types';
import { visibleTabs } from './visibleTabs';
import { inSentence, t } from '../../i18n';

export default function DetailPage({ config }: { config: DetailConfig }) {
  const routeParams = useParams();
  const id = routeParams.id ?? '';
  const scope: Scope = config.parent
    ? { collection: config.parent.sub, id, parent: { collection: config.parent.collection, id: routeParams.parentId ?? '', sub: config.parent.sub } }
    : { collection: config.collection, id };
  const [sp, setSp] = useSearchParams();
  const query = useQuery({
    ...objectQuery(scope),
    refetchInterval: (q) => (isTransitional(q.state.data, config.transitional) ? POLL_MS : false),
  });
  const tabs = query.data ? visibleTabs(config.tabs, query.data) : config.tabs;
  const tab = tabs.find((t) => t.key === sp.get('tab')) ?? tabs[0];
  const select = (key: string) => {
    const next = new URLSearchParams(sp);
    if (key === tabs[0].key) next.delete('tab');
    else next.set('tab', key);
    setSp(next, { replace: true });
  };
  const prefix = `${scope.collection}-${id}`;
  return (
    <QueryState query={query} label={t('Loading {{value}}', { value: inSentence(t(config.noun)) })}>
      {(object) => (
        <Stack spacing={2}>
          <DetailHeader config={config} scope={scope} object={object} />
          <Paper variant="outlined">
            <Tabs value={tab.key} onChange={(_e, v: string) => select(v)} variant="scrollable" scrollButtons="auto" aria-label={t('{{noun}} details', { noun: t(config.noun) })}>
              {tabs.map((tb) => <Tab key={tb.key} value={tb.key} label={t(tb.label)} id={`${prefix}-tab-${tb.key}`} aria-controls={`${prefix}-panel-${tb.key}`} />)}
            </Tabs>
            <div role="tabpanel" id={`${prefix}-panel-${tab.key}`} aria-labelledby={`${prefix}-tab-${tab.key}`} style={{ padding: 16, overflowX: 'auto' }}>
              {tab.render
                ? tab.render({ collection: config.collection, id, object, scope })
                : <SubCollectionPanel key={tab.key} scope={scope} object={object} tab={tab} />}
            </div>
          </Paper>
        </Stack>
      )}
    </QueryState>
  );
}
