// Every text people read in the element and action tables (src/schema), for the `schema` catalog.
import { tables, type ElementDef } from '../../schema';
import { actionTables } from '../../schema/actions';
import { singular } from '../../schema/singular';

function elementTexts(els: readonly ElementDef[] | undefined, out: Set<string>): void {
  for (const el of els ?? []) {
    out.add(el.label);
    if (el.help) out.add(el.help);
    if (el.group) out.add(el.group);
    elementTexts(el.of, out);
  }
}

export function schemaTexts(): Set<string> {
  const out = new Set<string>();
  for (const table of Object.values(tables)) {
    out.add(table.label);
    out.add(singular(table.label));
    elementTexts(table.elements, out);
  }
  for (const table of Object.values(actionTables)) {
    for (const a of table.actions) {
      out.add(a.label);
      if (a.help) out.add(a.help);
      elementTexts(a.params, out);
    }
    elementTexts(table.remove?.params, out);
  }
  out.delete('');
  return out;
}
