// One search field for the helpdesk: a plain word finds VMs by name, by a user with permissions on them
// (the owner) or by tag, as a prefix; anything already in the engine's search language (guide 7.3.7) is
// sent as typed.
import { term } from '../../api';

const ENGINE_SYNTAX = /[=<>!]|\s(and|or)\s|^(sortby|page)\b/i;

export function helpdeskCriteria(text: string): string {
  const t = text.trim();
  if (!t) return '';
  if (ENGINE_SYNTAX.test(t)) return t;
  const value = t.endsWith('*') ? t : `${t}*`;
  return ['name', 'user', 'tag'].map((f) => term(f, value)).join(' or ');
}
