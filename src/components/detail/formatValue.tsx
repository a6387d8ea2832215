// One element's value as the user reads it: sizes in binary units, enums as words, dates in the
// user's locale, states as chips, references as links. Passwords are never shown.
import type { ReactNode } from 'react';
import type { ElementDef } from '../../schema';
import { valueAt } from '../../schema';
import type { XmlObject } from '../../xsd/parse';
import StatusChip from '../StatusChip';
import { formatBytes, formatDate, humanize } from '../format';
import RefLink from './RefLink';

const isBlank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

function scalar(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    const o = v as XmlObject;
    return String(o.name ?? o.id ?? o.value ?? '');
  }
  return String(v);
}

const UNIT_TEXT: Record<string, string> = { MHz: 'MHz', KiB: 'KiB', MiB: 'MiB', GiB: 'GiB', TiB: 'TiB', percent: '%', seconds: 's', milliseconds: 'ms', minutes: 'min', deciseconds: '×0.1 s' };

/** The value of `el` in `item`, formatted; `undefined` when the engine sent nothing. */
export function formatValue(el: ElementDef, item: XmlObject): ReactNode | undefined {
  if (el.type === 'password') return undefined;
  const v = valueAt(item, el.path);
  if (isBlank(v)) return undefined;
  switch (el.type) {
    case 'bytes': return formatBytes(v);
    case 'boolean': return v === true || v === 'true' ? 'Yes' : 'No';
    case 'datetime': return formatDate(v);
    case 'enum':
      return el.path === 'status.state' || el.path.endsWith('.state') ? <StatusChip state={v} /> : humanize(v);
    case 'ref': {
      const id = typeof v === 'object' ? (v as XmlObject).id : v;
      return el.ref && id ? <RefLink collection={el.ref} id={id} /> : scalar(v);
    }
    case 'list': {
      const items = Array.isArray(v) ? v : [v];
      if (el.ref && el.item === 'id') {
        return items.map((i, n) => <span key={n}>{n ? ', ' : ''}<RefLink collection={el.ref!} id={scalar(valueAt(i, 'id'))} /></span>);
      }
      if (el.of) return items.map((i) => el.of!.map((f) => scalar(valueAt(i, f.path))).filter(Boolean).join('=')).join(', ');
      return items.map((i) => (el.item ? scalar(valueAt(i, el.item)) : scalar(i))).filter(Boolean).join(', ');
    }
    case 'int': return el.unit && UNIT_TEXT[el.unit] ? `${scalar(v)} ${UNIT_TEXT[el.unit]}` : scalar(v);
    default: return scalar(v);
  }
}
