// The General tab: every element of the collection's element table the engine sent, grouped like the
// guide's tables, then every reference the object carries as a link (its cluster, data center, ...).
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { tableFor } from '../../schema';
import type { XmlObject } from '../../xsd/parse';
import { humanize } from '../format';
import { formatValue } from './formatValue';
import RefLink from './RefLink';
import { referencesOf } from './refs';
import { t, tSchema } from '../../i18n';

type Row = [label: string, value: ReactNode];

function FieldList({ label, rows }: { label: string; rows: Row[] }) {
  return (
    <dl aria-label={label} style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 24px', margin: 0 }}>
      {rows.map(([k, v], i) => (
        <div key={`${k}-${i}`} style={{ display: 'contents' }}>
          <dt style={{ fontWeight: 600 }}>{k}</dt>
          <dd style={{ margin: 0 }}>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Without an element table: the scalar elements as the engine named them. */
function genericRows(object: XmlObject): Row[] {
  const rows: Row[] = [];
  for (const [k, v] of Object.entries(object)) {
    if (k === 'href' || k === 'link' || k === 'actions') continue;
    if (v === null || v === undefined || v === '' || typeof v === 'object') continue;
    rows.push([humanize(k), typeof v === 'boolean' ? (v ? 'Yes' : 'No') : String(v)]);
  }
  return rows;
}

export default function GeneralPanel({ collection, object }: { collection: string; object: XmlObject }) {
  const table = tableFor(collection);
  const sections = new Map<string, Row[]>();
  const covered = new Set<string>();
  for (const el of table?.elements ?? []) {
    const value = formatValue(el, object);
    if (value === undefined || value === '') continue;
    covered.add(el.path.split('.')[0]);
    const group = sections.get(tSchema(el.group)) ?? [];
    group.push([tSchema(el.label), value]);
    sections.set(tSchema(el.group), group);
  }
  if (!table) sections.set(t('General'), genericRows(object));
  const related: Row[] = referencesOf(object, covered).map((r) => [r.label, <RefLink key={r.id} collection={r.collection} id={r.id} />]);
  if (related.length) sections.set(t('Related'), [...(sections.get(t('Related')) ?? []), ...related]);
  if (![...sections.values()].some((rows) => rows.length)) return <Typography color="text.secondary">{t('The engine reported no details.')}</Typography>;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(380px, 1fr))', gap: 3, alignItems: 'start' }}>
      {[...sections.entries()].filter(([, rows]) => rows.length).map(([group, rows]) => (
        <section key={group}>
          <Typography variant="subtitle2" component="h2" gutterBottom>{group}</Typography>
          <FieldList label={group} rows={rows} />
        </section>
      ))}
    </Box>
  );
}
