// /networks: guide chapter 11.
import { viewFromTable } from '../../components/listView';
import { tables } from '../../schema';
import { tk } from '../../i18n';

export const networksList = viewFromTable(tables.networks, { placeholder: tk('e.g. datacenter=Default and vmnetwork=true') });
