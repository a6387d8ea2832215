// The well-formedness scan that replaced fast-xml-parser's validator (issue 12), and the schema walk that
// replaced its per-tag callbacks: the same documents decode to the same objects as the callback
// configuration did, and what is not well-formed is refused.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { callbackParser } from './testing/callbackParser';
import { parseXml, XmlSyntaxError } from './parse';
import { wellFormedFault } from './testing/wellFormed';
import { wireEngine } from '../demo-engine/testing/wire';

const fixtures = ['src/xsd/__fixtures__', 'src/api/__fixtures__'].flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith('.xml')).map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const));

describe('well-formedness', () => {
  it('accepts what the engine sends: declarations, comments, CDATA, empty tags, both quote styles', () => {
    expect(wellFormedFault('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- c --><vm id=\'1\' href="/a">'
      + '<name><![CDATA[a<b]]></name><x/><y a="1" /></vm>\n')).toBeUndefined();
    for (const [name, text] of fixtures) expect(wellFormedFault(text), name).toBeUndefined();
  });

  it.each([
    ['<vm><name>a</vm>', '</vm> closes <name>'],
    ['<vms><vm id="1"><name>a</name></vm>', 'is not closed'],
    ['<vm></vm><vm></vm>', 'more than one root'],
    ['<vm id=1></vm>', 'malformed markup'],
    ['<vm id="1></vm>', 'malformed markup'],
    ['<vm></vm>trailing', 'text after the root'],
    ['junk<vm></vm>', 'text before the root'],
    ['</vm>', 'closes nothing'],
    ['just text', 'no element'],
    ['<vm><!-- open </vm>', 'malformed markup'],
    ['<vm>a < b</vm>', 'malformed markup'],
  ])('refuses %s', (text, fault) => {
    expect(wellFormedFault(text)).toContain(fault);
    expect(() => parseXml(text)).toThrow(XmlSyntaxError);
  });

  it('refuses what fast-xml-parser\'s validator refuses among damaged engine documents', () => {
    const [, vms] = fixtures.find(([n]) => n === 'vms-4.1.xml')!;
    for (let cut = 1; cut < vms.length; cut += Math.ceil(vms.length / 300)) {
      const damaged = vms.slice(0, cut);
      if (XMLValidator.validate(damaged) !== true) expect(wellFormedFault(damaged), `cut at ${cut}`).toBeDefined();
    }
  });
});

describe('the schema walk', () => {
  const before = callbackParser();

  it('decodes recorded documents exactly as the callback configuration did', () => {
    for (const [name, text] of fixtures) expect(parseXml(text), name).toEqual(before(text));
  });

  it('decodes the demo engine\'s lists exactly as the callback configuration did', () => {
    const w = wireEngine();
    for (const path of ['/', '/vms', '/hosts', '/clusters', '/events', '/storagedomains', '/templates', '/disks', '/networks', '/capabilities']) {
      const body = w.get(path).body;
      expect(parseXml(body), path).toEqual(before(body));
    }
  });

  it('makes a one-item repeating element a list, and types numbers and booleans', () => {
    const { value } = parseXml('<vms><vm id="1"><memory>1024</memory><stateless>false</stateless><name>007</name></vm></vms>');
    expect(value.vm).toEqual([{ id: '1', memory: 1024, stateless: false, name: '007' }]);
  });
});
