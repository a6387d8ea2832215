// /datacenters: guide chapter 9.
import { viewFromTable } from '../../components/listView';
import { tables } from '../../schema';
import { tk } from '../../i18n';

export const datacentersList = viewFromTable(tables.datacenters, { placeholder: tk('e.g. status=up') });
