// The tuned parser (parse.ts) must read every recorded document exactly as the configuration before
// issue 12 did (parseReference.ts): same objects, same arrays, same coerced values, same failures.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXml } from './parse';
import { parseReference } from './parseReference';

function xmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? xmlFiles(p) : f.endsWith('.xml') ? [p] : [];
  });
}

const FILES = [...xmlFiles(join(__dirname, '__fixtures__')), ...xmlFiles(join(__dirname, '../api/__fixtures__')), ...xmlFiles(join(__dirname, '../../../shared/fixtures/recorded'))];

function reference(text: string): unknown {
  try {
    const doc = parseReference(text) as Record<string, unknown>;
    const root = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#'));
    return root ? { root, value: doc[root] } : 'empty';
  } catch {
    return 'error';
  }
}
function tuned(text: string): unknown {
  try {
    const { root, value } = parseXml(text);
    return { root, value };
  } catch {
    return 'error';
  }
}

describe('tuned parser = reference parser', () => {
  it('has recorded documents to compare', () => expect(FILES.length).toBeGreaterThan(10));
  it.each(FILES.map((f) => [f.slice(f.indexOf('fixtures')), f]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const ref = reference(text) as { root: string; value: unknown } | string;
    const got = tuned(text) as { root: string; value: unknown } | string;
    if (typeof ref === 'string' || typeof got === 'string') return expect(got).toEqual(ref);
    // parseXml wraps a text-only root as { '#text' } and an empty one as {}; compare objects as they are.
    expect(got.root).toBe(ref.root);
    if (typeof ref.value === 'object' && ref.value !== null) expect(got.value).toEqual(ref.value);
  });
});
