import { describe, expect, it } from 'vitest';
import type { PreparedRequest } from '../../api';
import { shellQuote, shownHeaders, toCurl, toHttp } from './apiCall';

const req = (body?: string, extra: Record<string, string> = {}): PreparedRequest => ({
  method: body ? 'POST' : 'DELETE',
  url: '/ovirt-engine/api/vms',
  headers: new Headers({ Version: '3', Accept: 'application/xml', Authorization: 'Basic YWRtaW5AaW50ZXJuYWw6b3ZpcnQ=', 'Correlation-Id': 'c-1', ...extra }),
  body,
});

describe('API call views', () => {
  it('never shows credentials or cookies', () => {
    const r = req('<vm/>\n', { Cookie: 'JSESSIONID=abc' });
    expect(shownHeaders(r).map(([n]) => n)).toEqual(['Accept', 'Correlation-Id', 'Version']);
    for (const text of [toCurl(r, 'http://h', 'admin@internal'), toHttp(r, 'h')]) {
      expect(text).not.toMatch(/Authorization|Basic|JSESSIONID|YWRtaW5/);
    }
  });

  it('writes curl with the body as a heredoc and the user for curl to ask the password of', () => {
    const curl = toCurl(req('<?xml version="1.0"?>\n<vm>\n    <name>it\'s</name>\n</vm>\n'), 'http://127.0.0.1:8080', 'admin@internal');
    expect(curl).toBe([
      "curl -X POST 'http://127.0.0.1:8080/ovirt-engine/api/vms' \\",
      "  -u 'admin@internal' \\",
      "  -H 'Accept: application/xml' \\",
      "  -H 'Correlation-Id: c-1' \\",
      "  -H 'Version: 3' \\",
      "  --data-binary @- <<'XML'",
      '<?xml version="1.0"?>', '<vm>', "    <name>it's</name>", '</vm>', 'XML',
    ].join('\n'));
  });

  it('picks a heredoc delimiter no body line equals', () => {
    expect(toCurl(req('XML\n'), 'http://h', undefined)).toMatch(/<<'XML_'\nXML\nXML_$/);
  });

  it('writes a request without a body as one command and the HTTP form with its request line', () => {
    expect(toCurl(req(), 'http://h', undefined)).not.toContain('--data-binary');
    expect(toHttp(req(), 'h:1')).toBe('DELETE /ovirt-engine/api/vms HTTP/1.1\nHost: h:1\nAccept: application/xml\nCorrelation-Id: c-1\nVersion: 3\n');
  });

  it('quotes for the shell', () => {
    expect(shellQuote("a'b")).toBe(`'a'\\''b'`);
  });
});
