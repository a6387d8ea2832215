// /domains: the directory domains users and groups come from (guide chapter 22); read-only, not searchable.
import { nameColumn } from '../../components/tableColumns';
import type { ListView } from '../../components/listView';
import { tk } from '../../i18n';

export const domainsList: ListView = {
  segment: 'domains', label: tk('Domains'), noun: tk('domains'), refs: [], defaultSort: '',
  columns: () => [nameColumn('domains')],
};
