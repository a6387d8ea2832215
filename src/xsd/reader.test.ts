// The one-pass reader (issue 12) against the decode it replaced (fast-xml-parser, a tag scan and a schema walk:
// testing/fxpParser.ts): the same objects for every recorded engine document and for what the demo engine
// serves, the same refusals for damaged documents, plus what only the reader does (character references,
// a depth limit).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../demo-engine/testing/wire';
import { parseXml, XmlSyntaxError } from './parse';
import { MAX_DEPTH } from './reader';
import { fxpParseXml } from './testing/fxpParser';

const RECORDED = '../shared/fixtures/recorded';
const xmlFiles = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? xmlFiles(p) : p.endsWith('.xml') ? [p] : [];
});
const recorded = existsSync(RECORDED) ? xmlFiles(RECORDED) : xmlFiles('src/api/__fixtures__');

describe('the XML reader', () => {
  it('reads every recorded engine document as the previous decode did', () => {
    expect(recorded.length).toBeGreaterThan(0);
    for (const file of recorded) {
      const text = readFileSync(file, 'utf8');
      let before: unknown;
      try { before = fxpParseXml(text); } catch { expect(() => parseXml(text), file).toThrow(XmlSyntaxError); continue; }
      expect(parseXml(text), file).toEqual(before);
    }
  });

  it('reads the demo engine\'s documents, top-level and nested, as the previous decode did', () => {
    const w = wireEngine();
    const vm = w.engine.store.list('vms')[0];
    const host = w.engine.store.list('hosts')[0];
    const paths = ['/', '/capabilities', '/vms', '/hosts', '/clusters', '/datacenters', '/events', '/storagedomains', '/templates', '/disks',
      '/networks', '/roles', '/users', '/tags', '/jobs', '/vnicprofiles', '/schedulingpolicies', `/vms/${vm.id}`, `/vms/${vm.id}/statistics`,
      `/vms/${vm.id}/nics`, `/vms/${vm.id}/disks`, `/vms/${vm.id}/snapshots`, `/hosts/${host.id}/nics`, `/hosts/${host.id}/statistics`, '/nonexistent'];
    for (const path of paths) {
      const body = w.get(path).body;
      expect(parseXml(body), path).toEqual(fxpParseXml(body));
    }
  });

  it('refuses every cut of a document that is not well formed', () => {
    const text = wireEngine().get('/vms').body;
    for (let cut = 1; cut < text.length - 1; cut += Math.ceil(text.length / 150)) {
      const damaged = text.slice(0, cut);
      if (XMLValidator.validate(damaged) !== true) expect(() => parseXml(damaged), `cut at ${cut}`).toThrow(XmlSyntaxError);
    }
  });

  it('decodes the predefined entities and character references in text and attributes; CDATA stays as written', () => {
    const { value } = parseXml('<vm id="a&amp;b&#x41;"><name>&lt;x&gt; &#233;t&#xE9;</name><description><![CDATA[ &amp; <b> ]]></description></vm>');
    expect(value).toEqual({ id: 'a&bA', name: '<x> été', description: ' &amp; <b> ' });
  });

  it('refuses nesting deeper than any engine document, without exhausting the stack', () => {
    const deep = (n: number) => `<vms>${'<vm><name>'.repeat(n)}x${'</name></vm>'.repeat(n)}</vms>`;
    expect(() => parseXml(deep(MAX_DEPTH / 2 - 1))).not.toThrow();
    expect(() => parseXml(deep(50_000))).toThrow(/deeper than/);
  });
});
