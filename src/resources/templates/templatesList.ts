// /templates: guide chapter 17.
import { viewFromTable } from '../../components/listView';
import { tables } from '../../schema';
import { tk } from '../../i18n';

export const templatesList = viewFromTable(tables.templates, { placeholder: tk('e.g. cluster=Default'), tagged: true });
