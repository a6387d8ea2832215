// /templates: guide chapter 17.
import { viewFromTable } from '../../components/listView';
import { tables } from '../../schema';

export const templatesList = viewFromTable(tables.templates, { placeholder: 'e.g. cluster=Default', tagged: true });
