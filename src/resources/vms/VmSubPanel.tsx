// One VM sub-collection, fetched when its tab opens; names of referenced items come from one list each.
import { useQueries, useQuery } from '@tanstack/react-query';
import { namesById } from '../../api';
import QueryState from '../../components/QueryState';
import SubTable from '../../components/SubTable';
import { allQuery, subQuery } from '../../query';
import type { VmTab } from './vmSubTables';

export default function VmSubPanel({ vmId, tab }: { vmId: string; tab: VmTab }) {
  const query = useQuery(subQuery('vms', vmId, tab.sub));
  const lookups = useQueries({ queries: (tab.lookups ?? []).map((c) => ({ ...allQuery(c), retry: false })) });
  const maps = new Map((tab.lookups ?? []).map((c, i) => [c, namesById(lookups[i]?.data ?? [])]));
  const names = (c: string, id: unknown) => (id ? maps.get(c)?.get(String(id)) ?? String(id) : '');
  return (
    <QueryState
      query={query}
      label={`Loading ${tab.label}`}
      isEmpty={(items) => items.length === 0}
      empty={<p>No {tab.label.toLowerCase()}.</p>}
    >
      {(items) => <SubTable label={tab.label} items={items} columns={tab.columns(names)} />}
    </QueryState>
  );
}
