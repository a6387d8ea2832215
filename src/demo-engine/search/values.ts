// How one condition's value is tested against one stored value, per field kind (guide 7.3.7:
// `=`, `!=`, `<`, `>`, `<=`, `>=`; 7.3.8: `*` wildcards; 7.3.6: case sensitivity). Strings, tags and
// booleans take only `=` and `!=`, like the engine; numbers, dates and ordered enums take all six.
import { fail } from './errors';
import type { Field, Scalar } from './fieldTypes';
import type { Condition } from './parse';
import { parseDateRange, toTime } from './dates';
import { globMatcher } from './wildcard';
import type { Operator } from './tokenize';

export type ValueTest = (v: Scalar) => boolean;

/** Enum spellings compare without case or underscores: `PoweringUp`, `powering_up`, `poweringup`. */
export const normalizeEnum = (s: string) => s.toLowerCase().replace(/[_\s]/g, '');

const compare = (op: Operator, d: number) =>
  op === '<' ? d < 0 : op === '<=' ? d <= 0 : op === '>' ? d > 0 : op === '>=' ? d >= 0 : d === 0;

/** The test for `=` when op is `!=` (the caller negates over all values), else for op itself. */
export function valueTest(field: Field, c: Condition, caseSensitive: boolean, now: number): ValueTest {
  const op: Operator = c.op === '!=' ? '=' : c.op;
  const badValue = () => fail('INVALID_CONDITION_VALUE', c.valueSpan);
  const equalityOnly = () => {
    if (op !== '=') fail('INVALID_CONDITION_RELATION', c.opSpan);
  };
  switch (field.kind) {
    case 'string':
    case 'tag': {
      equalityOnly();
      if (field.kind === 'tag' && c.op === '!=') fail('INVALID_CONDITION_RELATION', c.opSpan);
      const glob = globMatcher(c.value, caseSensitive);
      return (v) => glob(v === null || v === undefined ? '' : String(v));
    }
    case 'bool': {
      equalityOnly();
      const want = c.value.toLowerCase();
      if (want !== 'true' && want !== 'false') badValue();
      return (v) => String(v) === want;
    }
    case 'number': {
      if (!/^[-+]?\d+(\.\d+)?$/.test(c.value)) badValue();
      const want = Number(c.value);
      return (v) => typeof v === 'number' && compare(op, v - want);
    }
    case 'date': {
      const range = parseDateRange(c.value, now) ?? badValue();
      const [from, to] = range;
      return (v) => {
        const t = toTime(v);
        if (t === undefined) return false;
        if (op === '=') return t >= from && t < to;
        if (op === '<') return t < from;
        if (op === '<=') return t < to;
        if (op === '>') return t >= to;
        return t >= from;
      };
    }
    case 'enum':
      return enumTest(field, c, op);
  }
}

function enumTest(field: Field, c: Condition, op: Operator): ValueTest {
  const values = (field.values ?? []).map(normalizeEnum);
  let want = normalizeEnum(c.value);
  want = field.aliases?.[want] ? normalizeEnum(field.aliases[want]) : want;
  const wildcard = want.includes('*');
  if (values.length && !wildcard && !values.includes(want)) fail('INVALID_CONDITION_VALUE', c.valueSpan);
  if (op === '=') {
    const glob = globMatcher(want, true);
    return (v) => typeof v === 'string' && glob(normalizeEnum(v));
  }
  if (!field.ordered || wildcard) fail(field.ordered ? 'INVALID_CONDITION_VALUE' : 'INVALID_CONDITION_RELATION', field.ordered ? c.valueSpan : c.opSpan);
  const rank = values.indexOf(want);
  return (v) => {
    const r = typeof v === 'string' ? values.indexOf(normalizeEnum(v)) : -1;
    return r >= 0 && compare(op, r - rank);
  };
}
