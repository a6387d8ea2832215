// /vnicprofiles: guide 11 (a network's vNIC profiles, also a top-level collection; not searchable).
import { viewFromTable } from '../../components/listView';
import { tables } from '../../schema';
import { tk } from '../../i18n';

export const vnicprofilesList = viewFromTable(tables.vnicprofiles, { defaultSort: '', noun: tk('vNIC profiles') });
