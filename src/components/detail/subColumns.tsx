// Columns of a sub-collection tab: the tab's own, else the item element table's list columns, else
// name and description. The first column links to the item's page when the items live in a collection.
import type { ReactNode } from 'react';
import { columns as tableColumns, tableFor } from '../../schema';
import type { XmlObject } from '../../xsd/parse';
import type { SubColumn } from '../SubTable';
import { formatValue } from './formatValue';
import RefLink from './RefLink';
import type { DetailTab, Names } from './types';
import { tk } from '../../i18n';

const FALLBACK: SubColumn[] = [
  { header: tk('Name'), value: (i) => String(i.name ?? i.id ?? '') },
  { header: tk('Description'), value: (i) => String(i.description ?? '') },
];

/** `linkOf` makes the first column a link to the item's own page (items of a sub-collection with a page). */
export function subColumns(tab: DetailTab, names: Names, linkOf?: (item: XmlObject, shown: string) => ReactNode): SubColumn[] {
  let cols: SubColumn[];
  if (tab.columns) cols = tab.columns(names);
  else {
    const table = tableFor(tab.table ?? tab.key);
    const els = table ? tableColumns(table) : [];
    cols = els.length ? els.map((el) => ({ header: el.label, value: (i: XmlObject) => formatValue(el, i) ?? '' })) : FALLBACK;
  }
  if ((!tab.linkTo && !linkOf) || !cols.length) return cols;
  const [first, ...rest] = cols;
  if (linkOf) {
    const text = (i: XmlObject) => { const shown = first.value(i); return typeof shown === 'string' && shown ? shown : String(i.name ?? i.id); };
    return [{ header: first.header, value: (i: XmlObject) => linkOf(i, text(i)) }, ...rest];
  }
  const linkTo = tab.linkTo!;
  const linked = (i: XmlObject): ReactNode => {
    const shown = first.value(i);
    return i.id ? <RefLink collection={linkTo} id={i.id} name={typeof shown === 'string' && shown ? shown : String(i.name ?? i.id)} /> : shown;
  };
  return [{ header: first.header, value: linked }, ...rest];
}
