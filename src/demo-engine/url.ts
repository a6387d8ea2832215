// Splits a request URL into path segments, matrix parameters (`;max=10`, guide 7: matrix parameters)
// and query parameters. Matrix parameters may sit on any segment; they are merged.

export interface ParsedUrl {
  segments: string[];
  matrix: Record<string, string>;
  query: Record<string, string>;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

export function parseUrl(url: string): ParsedUrl {
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  const queryString = q < 0 ? '' : url.slice(q + 1);
  const matrix: Record<string, string> = {};
  const segments: string[] = [];
  for (const raw of path.split('/')) {
    if (!raw) continue;
    const [segment, ...params] = raw.split(';');
    for (const p of params) {
      const eq = p.indexOf('=');
      if (eq < 0) matrix[decode(p)] = 'true';
      else matrix[decode(p.slice(0, eq))] = decode(p.slice(eq + 1));
    }
    if (segment) segments.push(decode(segment));
  }
  const query: Record<string, string> = {};
  for (const part of queryString.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    if (eq < 0) query[decode(part)] = '';
    else query[decode(part.slice(0, eq))] = decode(part.slice(eq + 1));
  }
  return { segments, matrix, query };
}
