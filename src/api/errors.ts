// Every failure the transport can meet becomes one typed error (guide 7.7: faults carry a reason and a
// detail). The engine answers 401 and 404 with HTML pages, not <fault>; a body we cannot read is
// `malformed`, never a stray exception.

export type ApiErrorKind = 'auth' | 'notFound' | 'fault' | 'network' | 'malformed' | 'timeout' | 'cancelled';

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

/** The portal stopped waiting: the engine took longer than the time limit, or the user cancelled. */
export function abandonedError(cause: 'timeout' | 'cancelled', method: string, timeoutMs: number): ApiError {
  const write = method !== 'GET' && method !== 'HEAD';
  const later = write ? ' The engine may still carry out the change: the task panel and events will show it.' : '';
  return cause === 'timeout'
    ? new ApiError({ status: 0, kind: 'timeout', reason: `The engine did not answer within ${Math.round(timeoutMs / 1000)} s`, detail: `The portal stopped waiting.${later}` })
    : new ApiError({ status: 0, kind: 'cancelled', reason: 'You cancelled the request', detail: `The portal stopped waiting for the engine.${later}` });
}

const XML_TYPE = /^(application|text)\/([\w.-]+\+)?xml$/i;

/** A successful answer that is not XML (a login page from a front proxy, JSON from something else). */
export function notXmlError(status: number, contentType: string, body: string): ApiError | undefined {
  const mime = contentType.split(';')[0].trim();
  const html = /^\s*(<!doctype html|<html[\s>])/i.test(body);
  if ((mime === '' || XML_TYPE.test(mime)) && !html) return undefined;
  const what = html || /html/i.test(mime) ? 'an HTML page' : `${mime || 'an unknown type'}`;
  const preview = html ? htmlText(body) : body.trim().slice(0, 200);
  return new ApiError({
    status, kind: 'malformed',
    reason: `The engine answered with ${what} where XML was expected`,
    detail: `Something between the portal and the engine (a proxy, a login page, another service) may have answered instead.${preview ? ` It said: ${preview}` : ''}`,
  });
}
