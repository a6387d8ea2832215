// /macpools: MAC address pools (not searchable: loaded whole).
import { viewFromTable } from '../../components/listView';
import { tables } from '../../schema';
import { tk } from '../../i18n';

export const macpoolsList = viewFromTable(tables.macpools, { defaultSort: '', noun: tk('MAC pools') });
