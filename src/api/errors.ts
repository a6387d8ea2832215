// Every failure the transport can meet becomes one typed error (guide 7.7: faults carry a reason and a
// detail). The engine answers 401 and 404 with HTML pages, not <fault>; a body we cannot read is
// `malformed`, never a stray exception.

export type ApiErrorKind = 'auth' | 'notFound' | 'fault' | 'network' | 'malformed';

export class ApiError extends Error {
  readonly status: number;
  readonly reason: string;
  readonly detail: string;
  readonly kind: ApiErrorKind;

  constructor(init: { status: number; reason: string; detail?: string; kind: ApiErrorKind }) {
    super(init.detail ? `${init.reason}: ${init.detail}` : init.reason);
    this.name = 'ApiError';
    this.status = init.status;
    this.reason = init.reason;
    this.detail = init.detail ?? '';
    this.kind = init.kind;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/** Text of an HTML error page (`<title>`, `<h1>`, body), without rendering it. */
export function htmlText(html: string): string {
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  const body = /<body[^>]*>([\s\S]*?)<\/body>/i.exec(html)?.[1] ?? html;
  const text = (h1 ?? body)
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return text.slice(0, 300);
}

/** The text of an element the parser read (a string, or an object with `#text`). */
export function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') return text((v as Record<string, unknown>)['#text']);
  return String(v).trim();
}

export function networkError(e: unknown): ApiError {
  const msg = e instanceof Error ? e.message : String(e);
  return new ApiError({ status: 0, kind: 'network', reason: 'The engine could not be reached', detail: msg });
}

export function malformedError(status: number, detail: string): ApiError {
  return new ApiError({ status, kind: 'malformed', reason: 'The engine sent a response the portal cannot read', detail });
}
