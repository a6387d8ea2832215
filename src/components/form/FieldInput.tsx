// One element of a table as the right input for its type.
import EnumField from './EnumField';
import type { FieldProps } from './fieldProps';
import { RecordListField, ValueListField } from './ListField';
import RefPicker from './RefPicker';
import ScalarField, { BooleanField } from './ScalarField';

export default function FieldInput(props: FieldProps) {
  const { el } = props;
  if (el.type === 'ref' || (el.type === 'list' && el.ref)) return <RefPicker {...props} />;
  if (el.type === 'list') return el.of ? <RecordListField {...props} /> : <ValueListField {...props} />;
  if (el.type === 'enum') return <EnumField {...props} />;
  if (el.type === 'boolean') return <BooleanField {...props} />;
  return <ScalarField {...props} />;
}
