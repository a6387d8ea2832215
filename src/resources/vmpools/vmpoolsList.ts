// /vmpools: guide chapter 18.
import { viewFromTable } from '../../components/listView';
import { tables } from '../../schema';
import { tk } from '../../i18n';

export const vmpoolsList = viewFromTable(tables.vmpools, { label: tk('VM Pools'), noun: tk('pools'), placeholder: tk('e.g. cluster=Default') });
