// /tags: guide chapter 24; the parent tag by name (the tag tree shows the hierarchy).
import { viewFromTable } from '../../components/listView';
import { tables } from '../../schema';

export const tagsList = viewFromTable(tables.tags, { defaultSort: '' });
