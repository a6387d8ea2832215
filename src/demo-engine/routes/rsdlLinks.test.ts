// Issue 17: every link of the real engine's RSDL (testing/rsdl-links.tsv, from ../shared/spec/engine/rsdl.xml by
// scripts/gen-rsdl-links.mjs: 774 links, well beyond the guide's 360 routes) walked against the demo engine
// with real ids (routeWalk.ts; an empty collection a client can add to gets an item first). Each answers 2xx/3xx
// or the engine's XML fault, GETs with the root element the RSDL names, except the links testing/rsdlGaps.ts
// lists with the reason; and none of those answers yet, so the list stays exactly what is missing.
import { describe, expect, it } from 'vitest';
import tsv from '../testing/rsdl-links.tsv?raw';
import { walkRoutes, type Row } from '../testing/routeWalk';
import { RSDL_GAPS } from '../testing/rsdlGaps';

interface Link extends Row { response: string }
const links: Link[] = tsv.trim().split('\n').slice(1).map((l) => l.split('\t'))
  .map(([method, template, operation, response, bodyRoot]) => ({ method, template, operation, response, bodyRoot }));
const key = (l: Row) => `${l.method} ${l.template}`;

/**
 * Roots a GET may answer with. The real RSDL lists a gluster volume's GET twice, the second with its profile
 * statistics' type (GlusterVolumeProfileDetails) at the volume's own href, where the engine serves them at
 * `.../profilestatistics`; the volume's href answers with the volume.
 */
const rootsFor = (l: Link): string[] => links.filter((o) => key(o) === key(l) && o.response !== '-').map((o) => o.response)
  .filter((r) => r !== 'volume_profile_details');

describe('every link of the real RSDL', () => {
  const results = walkRoutes(links);

  it('walks all 774 links', () => {
    expect(links).toHaveLength(774);
    expect(results).toHaveLength(774);
  });

  it('answers every link but the listed gaps: 2xx/3xx or an XML fault, never 404, 405, 5xx or HTML', () => {
    const missing = results.filter((r) => r.verdict.kind === 'missing' && !(key(r.row) in RSDL_GAPS))
      .map((r) => `${key(r.row)}: ${r.verdict.status} ${r.verdict.note}`);
    expect(missing).toEqual([]);
  });

  it('lists as gaps only links that are still missing (a link that works leaves the list)', () => {
    const working = results.filter((r) => key(r.row) in RSDL_GAPS && r.verdict.kind !== 'missing').map((r) => key(r.row));
    expect(working).toEqual([]);
    expect(Object.keys(RSDL_GAPS).every((k) => links.some((l) => key(l) === k))).toBe(true);
  });

  it('answers GETs with the element the RSDL names', () => {
    const wrong = results.map((r, i) => ({ r, l: links[i] }))
      .filter(({ r, l }) => l.method === 'GET' && r.verdict.kind === 'ok' && rootsFor(l).length > 0)
      .filter(({ r, l }) => !rootsFor(l).some((root) => new RegExp(`^<\\?xml[^>]*\\?>\\n<${root}[ >/]`).test(r.body ?? '')))
      .map(({ r, l }) => `${l.template}: wants <${rootsFor(l).join('|')}>, got ${(r.body ?? '').slice(56, 90)}`);
    expect(wrong).toEqual([]);
  });
});
