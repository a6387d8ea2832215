// The HTTP-level walk of every route the guide documents (testing/routes.tsv, a copy of the routes index):
// each row answers with real ids either 2xx/3xx or a proper engine fault, never 404/405/5xx; most succeed.
import { describe, expect, it } from 'vitest';
import tsv from '../testing/routes.tsv?raw';
import { parseRoutes, walkRoutes } from '../testing/routeWalk';

describe('every route of the guide', () => {
  const results = walkRoutes(parseRoutes(tsv));

  it('walks all 360 rows', () => {
    expect(results).toHaveLength(360);
  });

  it('answers every row (2xx/3xx or an engine fault)', () => {
    const missing = results.filter((r) => r.verdict.kind === 'missing').map((r) => `${r.row.method} ${r.row.template}: ${r.verdict.status} ${r.verdict.note}`);
    expect(missing).toEqual([]);
  });

  it('succeeds for all but the rows that need an object in a state the seed lacks', () => {
    const refused = results.filter((r) => r.verdict.kind === 'fault').map((r) => `${r.row.method} ${r.row.template}`);
    // Each refusal is the engine's own business rule (e.g. commit_snapshot needs a VM previewing one).
    expect(refused.length).toBeLessThanOrEqual(10);
    for (const r of results.filter((x) => x.verdict.kind === 'fault')) expect(r.verdict.status).toBeGreaterThanOrEqual(400);
  });

  it('answers GETs with well-formed documents of the row\'s kind', () => {
    for (const r of results.filter((x) => x.row.method === 'GET' && x.verdict.kind === 'ok' && !x.row.template.startsWith('/?'))) {
      expect(r.body, r.row.template).toMatch(/^<\?xml version="1.0" encoding="UTF-8" standalone="yes"\?>\n<[a-z_]+[ >/]/);
    }
  });
});
