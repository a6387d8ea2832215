// What a collection's list page needs to know, declared by each resource folder (src/resources/<segment>/):
// its columns (mostly derived from the element table), the collections whose names those columns show,
// and the default sort. The page itself (search, saved searches, tag filter, table, bulk actions) is generic.
import type { ComponentType } from 'react';
import type { ResourceTable } from '../schema';
import type { ResourceColumn } from './ResourceTable';
import { columnsFromTable, referencedCollections, referencePaths, type NameLookup } from './tableColumns';

export interface ListView {
  /** API segment: route, query key and action table. */
  segment: string;
  /** Page title ("Storage Domains"). */
  label: string;
  /** Plural noun for counts and titles ("storage domains"). */
  noun: string;
  columns: (names: NameLookup) => ResourceColumn[];
  /** Collections whose names the columns show (fetched once each). */
  refs: string[];
  /** Where each reference sits in a row (`[path, segment]`); else the segment's singular (`clusters` → `cluster`). */
  refPaths?: [path: string, segment: string][];
  /** The engine's sort field when none is chosen ('' for the engine's own order). */
  defaultSort: string;
  placeholder?: string;
  /** Items can carry tags (the tag tree filters them with `tag=`). */
  tagged?: boolean;
  /** A collection's own way to add items beside "New" (users and groups: from a directory domain). */
  headerAction?: ComponentType;
}

export function viewFromTable(table: ResourceTable, extra: Partial<ListView> & { namePath?: string } = {}): ListView {
  const { namePath = 'name', ...rest } = extra;
  return {
    segment: table.segment,
    label: table.label,
    noun: table.label.toLowerCase(),
    columns: (names) => columnsFromTable(table.segment, table.elements, names, namePath),
    refs: referencedCollections(table.elements),
    refPaths: referencePaths(table.elements),
    defaultSort: namePath,
    ...rest,
  };
}
