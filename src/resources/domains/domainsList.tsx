// /domains: the directory domains users and groups come from (guide chapter 22); read-only, not searchable.
import { nameColumn } from '../../components/tableColumns';
import type { ListView } from '../../components/listView';

export const domainsList: ListView = {
  segment: 'domains', label: 'Domains', noun: 'domains', refs: [], defaultSort: '',
  columns: () => [nameColumn('domains')],
};
