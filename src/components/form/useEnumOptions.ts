// The values an enumerated element may take: the category the engine lists in /capabilities for the
// object's compatibility version (guide chapter 6), or the table's fixed list where capabilities has none.
// Forms (EnumField, ValueListField) and action dialogs (ParamField) offer the same values from here.
import { enumOptions, useCapabilities, type Compat, type EnumOption } from '../../query/capabilities';
import type { ElementDef } from '../../schema';

export function useEnumOptions(el: ElementDef, compat: Compat | undefined): EnumOption[] {
  const caps = useCapabilities();
  const src = el.enumSource;
  if (!src) return [];
  if (typeof src !== 'string') return src.map((v) => ({ value: v, label: v }));
  return enumOptions(caps.data, src, compat);
}

/** The values of one /capabilities category for a version (a dialog's own pickers, such as Run once's). */
export function useCapabilityValues(category: string, compat: Compat | undefined): string[] {
  return enumOptions(useCapabilities().data, category, compat).map((o) => o.value);
}
