// Enum values per compatibility version, read from a capabilities document shaped like the real engine's
// (../shared/spec/engine/capabilities.xml: values as text, as `id`/`type` attributes, or named permits).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { session } from '../api';
import { fakeFetch, xmlResponse } from '../test/fakeFetch';
import { freshClient } from '../test/renderPage';
import { parseXml } from '../xsd/parse';
import { capabilitiesQuery, compatOf, enumOptions, parseCapabilities } from './capabilities';

const CAPS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<capabilities>
  <version major="3" minor="5" href="/ovirt-engine/api/capabilities/35" id="35">
    <current>false</current>
    <features><feature><name>Port Mirroring</name></feature></features>
    <cpus><cpu id="Intel Conroe Family"><level>3</level></cpu></cpus>
    <os_types><os_type>rhel_6x64</os_type><os_type>windows_2008</os_type></os_types>
    <display_types><display_type>vnc</display_type><display_type>spice</display_type></display_types>
  </version>
  <version major="3" minor="6" href="/ovirt-engine/api/capabilities/36" id="36">
    <current>true</current>
    <cpus><cpu id="Intel Conroe Family"><level>3</level></cpu><cpu id="Intel Haswell Family"><level>8</level></cpu></cpus>
    <power_managers><power_management type="apc"/><power_management type="ilo"/></power_managers>
    <os_types><os_type>rhel_7x64</os_type></os_types>
    <error_handling><on_error>migrate</on_error><on_error>do_not_migrate</on_error></error_handling>
    <permits><permit id="1"><name>create_vm</name><administrative>false</administrative></permit></permits>
  </version>
  <permits><permit id="1"><name>create_vm</name><administrative>false</administrative></permit></permits>
</capabilities>`;

const caps = () => parseCapabilities(parseXml(CAPS).value);
const values = (source: string, compat?: { major: number; minor: number }) => enumOptions(caps(), source, compat).map((o) => o.value);

beforeEach(() => session.loggedOut());
afterEach(() => vi.unstubAllGlobals());

describe('capabilities', () => {
  it.each([
    ['os_types', { major: 3, minor: 5 }, ['rhel_6x64', 'windows_2008']],
    ['os_types', { major: 3, minor: 6 }, ['rhel_7x64']],
    ['os_types', undefined, ['rhel_7x64']],
    ['os_types', { major: 9, minor: 9 }, ['rhel_7x64']],
    ['cpus', { major: 3, minor: 6 }, ['Intel Conroe Family', 'Intel Haswell Family']],
    ['power_managers', undefined, ['apc', 'ilo']],
    ['error_handling', undefined, ['migrate', 'do_not_migrate']],
    ['display_types', { major: 3, minor: 6 }, []],
    ['permits', { major: 3, minor: 5 }, ['1']],
  ] as const)('%s for %j', (source, compat, expected) => {
    expect(values(source, compat)).toEqual(expected);
  });

  it('labels a permit by its name', () => {
    expect(enumOptions(caps(), 'permits')).toEqual([{ value: '1', label: 'create_vm' }]);
  });

  it('reads the compatibility version of a cluster or data center', () => {
    expect(compatOf({ version: { major: '3', minor: '5' } })).toEqual({ major: 3, minor: 5 });
    expect(compatOf({ name: 'x' })).toBeUndefined();
  });

  it('asks the engine once for GET /capabilities', async () => {
    const { calls } = fakeFetch([{ path: '/capabilities', answer: () => xmlResponse(CAPS) }]);
    const client = freshClient();
    const c = await client.fetchQuery(capabilitiesQuery());
    await client.fetchQuery(capabilitiesQuery());
    expect(c.versions.map((v) => `${v.major}.${v.minor}`)).toEqual(['3.5', '3.6']);
    expect(calls.map((r) => r.path)).toEqual(['/capabilities']);
  });
});
