// @vitest-environment node
// The wire format layer against documents recorded from real engines (4.1 in v3 mode, RHEV 3.1).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseXml, XmlSyntaxError } from './parse';
import { toXml } from './serialize';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const strip = (xml: string) => xml.split('\n').map((l) => l.trim()).filter(Boolean);

describe('parseXml', () => {
  it('reads a recorded VM list with schema types', () => {
    const { root, value } = parseXml(fixture('vms-4.1.xml'));
    expect(root).toBe('vms');
    expect(value.vm).toHaveLength(8);
    const vm = value.vm[0];
    expect(vm.name).toBe('external-as');
    expect(vm.memory).toBe(1073741824);
    expect(vm.stateless).toBe(false);
    expect(vm.status.state).toBe('down');
    expect(vm.os.boot).toEqual([{ dev: 'hd' }]);
    expect(vm.actions.link.map((l: any) => l.rel)).toContain('start');
  });

  it('keeps a one-element collection a list', () => {
    const { value } = parseXml('<vms><vm id="a"><name>only</name></vm></vms>');
    expect(value.vm).toEqual([{ id: 'a', name: 'only' }]);
    expect(parseXml('<vm id="a"><os><boot dev="hd"/></os></vm>').value.os.boot).toEqual([{ dev: 'hd' }]);
  });

  it('reads RHEV 3.1 element order and relative /api hrefs', () => {
    const { value } = parseXml(fixture('vm-3.1.xml'));
    expect(value.href).toBe('/api/vms/ce7ecfe2-c402-4284-b5e7-a2ad6a905c3b');
    expect(value.os.boot.map((b: any) => b.dev)).toEqual(['network', 'hd']);
    expect(value.cpu.topology.cores).toBe('1');
  });

  it('keeps names that look like numbers as text', () => {
    expect(parseXml('<vm><name>007</name><description>1e3</description></vm>').value).toEqual({ name: '007', description: '1e3' });
  });

  it('keeps unknown elements', () => {
    expect(parseXml('<vm><future_thing>x</future_thing></vm>').value.future_thing).toBe('x');
  });

  it('does not stop at many entity references', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `<vm id="${i}"><description>a &amp; b &lt; c</description></vm>`).join('');
    const { value } = parseXml(`<vms>${many}</vms>`);
    expect(value.vm).toHaveLength(3000);
    expect(value.vm[2999].description).toBe('a & b < c');
  });

  it('refuses any document type declaration unread (entity bombs, external entities)', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE vms [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><vms><vm><name>&b;</name></vm></vms>';
    expect(() => parseXml(bomb)).toThrow(/DTD/);
    expect(() => parseXml('<!-- x --><!DOCTYPE vm [<!ENTITY x SYSTEM "file:///etc/passwd">]><vm><name>&x;</name></vm>')).toThrow(XmlSyntaxError);
    expect(parseXml('<vm><description>&lt;!DOCTYPE is only text here</description></vm>').value.description).toBe('<!DOCTYPE is only text here');
  });

  it('throws one error type on malformed input', () => {
    expect(() => parseXml('<vms><vm></vms>')).toThrow(XmlSyntaxError);
    expect(() => parseXml('')).toThrow(XmlSyntaxError);
  });
});

describe('toXml', () => {
  it('writes a recorded document back exactly', () => {
    const text = fixture('vms-4.1.xml');
    const { root, value } = parseXml(text);
    expect(strip(toXml(root, value))).toEqual(strip(text));
  });

  it('writes elements in schema order whatever the object order', () => {
    const xml = toXml('vm', { memory: 1024, name: 'a', id: 'x', status: { state: 'up' } }, false);
    expect(strip(xml)).toEqual(['<vm id="x">', '<name>a</name>', '<status>', '<state>up</state>', '</status>', '<memory>1024</memory>', '</vm>']);
  });

  it('escapes text and attributes and drops unknown keys', () => {
    const xml = toXml('vm', { id: 'a"<', name: '<b>&', bogus: 'x' }, false);
    expect(xml).toContain('id="a&quot;&lt;"');
    expect(xml).toContain('<name>&lt;b&gt;&amp;</name>');
    expect(xml).not.toContain('bogus');
  });

  it('writes action bodies', () => {
    expect(strip(toXml('action', { async: true, host: { id: 'h1' } }, false)))
      .toEqual(['<action>', '<async>true</async>', '<host id="h1"/>', '</action>']);
  });
});
