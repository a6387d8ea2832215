// List columns derived from an element table (`column: true` elements): the name links to the detail page,
// status as a coloured chip with its text, sizes in binary units, references by name, booleans as words.
// A column sorts on the server when the engine's search has a field of the same name (`sortby`).
import RowLink from './RowLink';
import type { ElementDef } from '../schema';
import { valueAt } from '../schema';
import { searchFields } from '../schema/search/fields';
import type { XmlObject } from '../xsd/parse';
import type { ResourceColumn } from './ResourceTable';
import StatusChip from './StatusChip';
import { formatBytes, formatDate, humanize } from './format';
import { t, tSchema } from '../i18n';

/** id → name per referenced collection segment (`clusters`), resolved once per page, not per row. */
export type NameLookup = (segment: string, id: unknown) => string;

const WIDTH: Partial<Record<ElementDef['type'], number>> = { bytes: 100, int: 100, boolean: 100, datetime: 180 };

/** The field the engine sorts by for an element, if its search has one (`status.state` → status). */
function sortFieldFor(segment: string, el: ElementDef): string | undefined {
  const fields = new Set(searchFields(segment).map((f) => f.name));
  const first = el.path.split('.')[0];
  const candidates = [el.path, first, el.path.replace(/\./g, '_')];
  return candidates.find((c) => fields.has(c));
}

export function linkTo(segment: string, row: XmlObject): string {
  return `/${segment}/${encodeURIComponent(String(row.id))}`;
}

export function elementColumn(segment: string, el: ElementDef, names: NameLookup): ResourceColumn {
  const base = { field: el.path, headerName: el.unit && el.type !== 'bytes' ? `${tSchema(el.label)} (${el.unit})` : tSchema(el.label), sortBy: sortFieldFor(segment, el) };
  if (el.path === 'status.state') {
    return { ...base, width: 150, valueGetter: (_v, r) => humanize(valueAt(r, el.path)), renderCell: ({ row }) => <StatusChip state={valueAt(row, el.path)} /> };
  }
  const text = (r: XmlObject): string => {
    const v = valueAt(r, el.path);
    switch (el.type) {
      case 'ref': return v && typeof v === 'object' ? names(el.ref ?? '', (v as XmlObject).id) : '';
      case 'bytes': return formatBytes(v);
      case 'boolean': return v === undefined || v === null || v === '' ? '' : v === true || v === 'true' ? t('Yes') : t('No');
      case 'datetime': return formatDate(v);
      case 'enum': return humanize(v);
      default: return v === undefined || v === null || typeof v === 'object' ? '' : String(v);
    }
  };
  return { ...base, flex: WIDTH[el.type] ? undefined : 1, width: WIDTH[el.type], minWidth: 90, valueGetter: (_v, r) => text(r) };
}

/** A name column linking to `/<segment>/<id>`; `path` is the naming element (`name`, disks' `alias`). */
export function nameColumn(segment: string, path = 'name', label = 'Name'): ResourceColumn {
  const sortBy = searchFields(segment).some((f) => f.name === path) ? path : undefined;
  return {
    field: path, headerName: label, sortBy, flex: 1, minWidth: 160,
    valueGetter: (_v, r) => String(valueAt(r, path) ?? r.name ?? r.id ?? ''),
    renderCell: ({ row }) => <RowLink to={linkTo(segment, row)}>{String(valueAt(row, path) ?? row.name ?? row.id ?? '')}</RowLink>,
  };
}

/** Columns of the table's `column: true` elements, the naming element first as a link. */
export function columnsFromTable(segment: string, elements: ElementDef[], names: NameLookup, namePath = 'name'): ResourceColumn[] {
  const cols = elements.filter((e) => e.column && e.path !== namePath && e.type !== 'list' && e.type !== 'password');
  const nameEl = elements.find((e) => e.path === namePath);
  return [nameColumn(segment, namePath, tSchema(nameEl?.label) ?? t('Name')), ...cols.map((e) => elementColumn(segment, e, names))];
}

/** The collections whose names the columns show (to fetch each once). */
export function referencedCollections(elements: ElementDef[]): string[] {
  return [...new Set(elements.filter((e) => e.column && e.type === 'ref' && e.ref).map((e) => e.ref as string))];
}

/** Where the columns' references sit in a row and what they name: `[path, segment]` (`cluster`, clusters). */
export function referencePaths(elements: ElementDef[]): [path: string, segment: string][] {
  return elements.filter((e) => e.column && e.type === 'ref' && e.ref).map((e) => [e.path, e.ref as string]);
}
