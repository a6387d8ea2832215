// Request bodies: the one XML parser (src/xsd/parse), with 400 for a body that is not XML, whose root is
// not what the operation takes (the engine's JAXB unmarshaller refuses it), or whose values do not fit the
// schema type of their element (a number, a boolean), so nothing malformed reaches the engine's state.
import { parseXml, XmlSyntaxError, type XmlObject } from '../../xsd/parse';
import { childOf, complexType, isAttributeOf, isBooleanType, isNumericType, typeOfElement } from '../../xsd/model';
import type { Ctx } from '../context';
import { EngineFault } from '../faults';

/** Wire-only elements a client may echo back from a GET; never stored. */
const WIRE_ONLY = ['href', 'actions', 'link', 'creation_status'];

// The schema's attributes that are not strings (api.xsd); `id` is a number only on a VLAN.
const NUMERIC_ATTRIBUTES = new Set(['build', 'cores', 'duration', 'high', 'index', 'low', 'major', 'minor', 'percent', 'priority',
  'revision', 'socket', 'sockets', 'threads', 'vcpu']);
const BOOLEAN_ATTRIBUTES = new Set(['enabled', 'pinned', 'required']);

/**
 * Elements and attributes (`Boot@dev`) whose values are the engine's enums (the capabilities' vm_types, display_types,
 * nic_interfaces, disk_formats, ...). The engine parses them ignoring case (`VmType.fromValue(value.toUpperCase())`
 * in its mappers) and writes them in lower case, so `Server` is stored and echoed as `server`.
 */
const ENUM_CHILDREN: Record<string, string[]> = {
  VM: ['type'], Template: ['type'], InstanceType: ['type'], Display: ['type'], NIC: ['interface'],
  Disk: ['interface', 'format', 'storage_type'], Boot: ['dev'], VmPlacementPolicy: ['affinity'], Storage: ['type'],
  StorageDomain: ['type', 'storage_format'], ErrorHandling: ['on_error'], CPU: ['mode', 'architecture'], WatchDog: ['model', 'action'],
  Usages: ['usage'], DataCenter: ['quota_mode', 'storage_format'], Host: ['type'], PowerManagement: ['type'],
};
const lower = (v: unknown): unknown => (typeof v === 'string' ? v.toLowerCase() : Array.isArray(v) ? v.map(lower) : v);

/** Attribute values arrive as text: numbers and booleans become such, or the request is refused. */
function attributeValue(type: string, key: string, v: unknown, path: string): unknown {
  const numeric = NUMERIC_ATTRIBUTES.has(key) || (key === 'id' && type === 'VLAN');
  if (typeof v !== 'string' || v === '' || !(numeric || BOOLEAN_ATTRIBUTES.has(key))) return v;
  if (numeric && Number.isFinite(Number(v))) return Number(v);
  if (!numeric && (v === 'true' || v === 'false')) return v === 'true';
  throw new EngineFault(400, 'Invalid value', `'${v}' is not a valid value for ${path}@${key} (${numeric ? 'xs:int' : 'xs:boolean'})`);
}

function checkTypes(type: string | undefined, value: XmlObject, path: string): void {
  if (!complexType(type)) return;
  for (const key of Object.keys(value)) {
    if (ENUM_CHILDREN[type!]?.includes(key)) value[key] = lower(value[key]);
    const v = value[key];
    const child = childOf(type, key);
    if (!child) {
      if (isAttributeOf(type, key)) value[key] = attributeValue(type!, key, v, path);
      continue;
    }
    const childType = child[1];
    for (const item of Array.isArray(v) ? v : [v]) {
      const bad = typeof item === 'string' && item !== '' && (isNumericType(childType) || isBooleanType(childType));
      if (bad) throw new EngineFault(400, 'Invalid value', `'${item}' is not a valid value for ${path}.${key} (${childType})`);
      if (item && typeof item === 'object') checkTypes(childType, item, `${path}.${key}`);
    }
  }
}

/**
 * The engine reads XML bodies only (its JAX-RS providers): another declared type (a cross-site
 * `text/plain` form post, a form encoding) is refused with 415 before the body is looked at. A body
 * with no Content-Type at all is read as XML, as older clients send it.
 */
export function isXmlContentType(type: string | undefined): boolean {
  if (type === undefined || type.trim() === '') return true;
  const mime = type.split(';')[0].trim().toLowerCase();
  return mime === 'application/xml' || mime === 'text/xml' || /^application\/[\w.-]+\+xml$/.test(mime);
}

/** The request body; `expected` lists the root elements the operation takes (e.g. `['vm']`, `['action']`). */
export function readBody(ctx: Ctx, expected?: string[]): XmlObject {
  const text = ctx.req.body ?? '';
  if (!text.trim()) return {};
  if (!isXmlContentType(ctx.req.headers['content-type'])) throw new EngineFault(415, 'Unsupported Media Type');
  let parsed: { root: string; value: XmlObject };
  try {
    parsed = parseXml(text);
  } catch (e) {
    const detail = e instanceof XmlSyntaxError || e instanceof Error ? e.message : String(e);
    throw new EngineFault(400, 'Syntax error', `Request body is not well-formed XML: ${detail}`);
  }
  if (expected && !expected.includes(parsed.root)) {
    throw new EngineFault(400, 'Syntax error', `unexpected element (uri:"", local:"${parsed.root}"). Expected elements are ${expected.map((e) => `<{}${e}>`).join(',')}`);
  }
  checkTypes(typeOfElement(parsed.root), parsed.value, parsed.root);
  const out = { ...parsed.value };
  for (const k of WIRE_ONLY) delete out[k];
  return out;
}

/** `true`/`false` elements may arrive as strings when the schema type is unknown to the parser. */
export const isTrue = (v: unknown) => v === true || v === 'true';
