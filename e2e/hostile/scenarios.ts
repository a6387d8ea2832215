// What a broken or hostile engine can send. Each scenario rewrites the demo engine's answer to a request
// (or withholds it). The entry point (`GET /`) stays honest so the portal can log in; everything else
// the pages read is hostile.
import type { EngineResponse } from '../../src/demo-engine/types';

export const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
const escaped = PAYLOAD.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const HUGE_BYTES = 60 * 1024 * 1024;

export interface Answer { status: number; headers: Record<string, string>; body: string; delayMs?: number; drop?: boolean }

export interface Scenario {
  name: string;
  /** What the user must be told (a regular expression over the page's text), when the page cannot show data. */
  message?: RegExp;
  rewrite(path: string, res: EngineResponse, foreign: string): Answer;
}

const xml = (body: string, status = 200): Answer => ({ status, headers: { 'Content-Type': 'application/xml' }, body });
const same = (res: EngineResponse): Answer => ({ status: res.status, headers: res.headers, body: res.body });
const isVmList = (path: string) => /^\/vms(?:[;?]|$)/.test(path);

function withScriptText(body: string): string {
  return body.replace(/<(name|description|comment|message|reason|detail)>([^<]*)<\/\1>/g, `<$1>$2${escaped}</$1>`);
}

function duplicateChildren(body: string, bytes: number): string {
  const m = /^([\s\S]*?<(\w+)>)([\s\S]*)(<\/\2>\s*)$/.exec(body.replace(/^<\?xml[^>]*>\s*/, ''));
  if (!m || !m[3].trim()) return body;
  const copies = Math.ceil(bytes / m[3].length);
  return m[1] + m[3].repeat(copies) + m[4];
}

const BOMB = `<?xml version="1.0"?><!DOCTYPE vms [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">${
  Array.from({ length: 9 }, (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "${`&${i === 0 ? 'a' : 'b'.repeat(i)};`.repeat(10)}">`).join('')
}]><vms><vm id="bomb"><name>&bbbbbbbbb;</name></vm></vms>`;

export const SCENARIOS: Scenario[] = [
  { name: 'script in names, descriptions and events', rewrite: (_p, res) => ({ ...same(res), body: withScriptText(res.body) }) },
  {
    name: 'script in faults', message: /refused this page/,
    rewrite: () => xml(`<fault><reason>The engine refused this page ${escaped}</reason><detail>${escaped}</detail></fault>`, 409),
  },
  { name: 'entity bomb', message: /DTD/, rewrite: () => xml(BOMB) },
  {
    name: 'external entity', message: /DTD/,
    rewrite: (_p, _r, foreign) => xml(`<?xml version="1.0"?><!DOCTYPE vms [<!ENTITY x SYSTEM "${foreign}/xxe">]><vms><vm id="x"><name>&x;</name></vm></vms>`),
  },
  { name: 'very deep nesting', message: /cannot read/i, rewrite: () => xml(`<vms>${'<vm><name>'.repeat(50_000)}x${'</name></vm>'.repeat(50_000)}</vms>`) },
  { name: 'truncated body', message: /cannot read/i, rewrite: (_p, res) => ({ ...same(res), body: res.body.slice(0, Math.floor(res.body.length / 2)) }) },
  { name: 'JSON instead of XML', message: /where XML was expected/, rewrite: () => ({ status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"vm":[{"name":"x"}]}' }) },
  {
    name: 'an HTML page instead of XML', message: /HTML page where XML was expected/,
    rewrite: () => ({ status: 200, headers: { 'Content-Type': 'text/html' }, body: `<html><body><h1>Single sign-on</h1>${PAYLOAD}</body></html>` }),
  },
  { name: 'a 60 MB list', rewrite: (p, res) => (isVmList(p) && res.status === 200 ? { ...same(res), body: duplicateChildren(res.body, HUGE_BYTES) } : same(res)) },
  { name: 'foreign-origin hrefs', rewrite: (_p, res, foreign) => ({ ...same(res), body: res.body.replace(/href="\//g, `href="${foreign}/`) }) },
  { name: 'slow answers', rewrite: (_p, res) => ({ ...same(res), delayMs: 4_000 }) },
  { name: 'dropped connections', message: /got no answer from the engine|could not be reached/, rewrite: (_p, res) => ({ ...same(res), drop: true }) },
];

/** Not one of the page-by-page scenarios: long enough to cancel by hand. */
export const VERY_SLOW: Scenario = { name: 'very slow answers', rewrite: (_p, res) => ({ ...same(res), delayMs: 20_000 }) };

export const scenarioNamed = (name: string) => [...SCENARIOS, VERY_SLOW].find((s) => s.name === name);
