// /storagedomains: guide chapter 12; free and used space in binary units.
import { viewFromTable } from '../../components/listView';
import { tables } from '../../schema';
import { tk } from '../../i18n';

export const storagedomainsList = viewFromTable(tables.storagedomains, { placeholder: tk('e.g. status=active and type=data') });
