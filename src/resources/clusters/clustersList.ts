// /clusters: guide chapter 10.
import { viewFromTable } from '../../components/listView';
import { tables } from '../../schema';
import { tk } from '../../i18n';

export const clustersList = viewFromTable(tables.clusters, { placeholder: tk('e.g. datacenter=Default') });
