// /disks: guide chapter 16 (floating and attached disks), named by alias.
import { viewFromTable } from '../../components/listView';
import { tables } from '../../schema';
import { tk } from '../../i18n';

export const disksList = viewFromTable(tables.disks, { namePath: 'alias', placeholder: tk('e.g. status=ok and size>10') });
