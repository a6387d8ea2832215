// Request bodies: the one XML parser (src/xsd/parse), with 400 for a body that is not XML.
import { parseXml, XmlSyntaxError, type XmlObject } from '../../xsd/parse';
import type { Ctx } from '../context';
import { EngineFault } from '../faults';

/** Wire-only elements a client may echo back from a GET; never stored. */
const WIRE_ONLY = ['href', 'actions', 'link', 'creation_status'];

export function readBody(ctx: Ctx): XmlObject {
  const text = ctx.req.body ?? '';
  if (!text.trim()) return {};
  try {
    const { value } = parseXml(text);
    const out = { ...value };
    for (const k of WIRE_ONLY) delete out[k];
    return out;
  } catch (e) {
    const detail = e instanceof XmlSyntaxError || e instanceof Error ? e.message : String(e);
    throw new EngineFault(400, 'Syntax error', `Request body is not well-formed XML: ${detail}`);
  }
}

/** `true`/`false` elements may arrive as strings when the schema type is unknown to the parser. */
export const isTrue = (v: unknown) => v === true || v === 'true';
