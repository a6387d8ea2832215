// Every failure the transport can meet becomes one typed error (guide 7.7: faults carry a reason and a
// detail). The engine answers 401 and 404 with HTML pages, not <fault>; a body we cannot read is
// `malformed`, never a stray exception.
import { parseXml } from '../xsd/parse';

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

function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') return text((v as Record<string, unknown>)['#text']);
  return String(v).trim();
}

/** Reads `<fault><reason/><detail/></fault>` (or an action's embedded fault); undefined if it is not one. */
export function readFault(body: string): { reason: string; detail: string } | undefined {
  if (!/<fault[\s>/]/.test(body)) return undefined;
  try {
    const { root, value } = parseXml(body);
    const fault = root === 'fault' ? value : value.fault;
    if (!fault || typeof fault !== 'object') return undefined;
    return { reason: text(fault.reason), detail: text(fault.detail) };
  } catch {
    return undefined;
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 415: 'Unsupported Media Type', 500: 'Internal Server Error', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** Maps a non-2xx response to an ApiError: a <fault> wins, else the HTML page's text, else the status. */
export function errorFromResponse(status: number, body: string): ApiError {
  const kind = status === 401 ? 'auth' : status === 404 ? 'notFound' : 'fault';
  const fault = readFault(body);
  const statusText = STATUS_TEXT[status] ?? `HTTP ${status}`;
  if (fault) return new ApiError({ status, kind, reason: fault.reason || statusText, detail: fault.detail });
  const page = /<html[\s>]/i.test(body) ? htmlText(body) : body.trim().slice(0, 300);
  const reason = status === 401 ? 'Unauthorized (401): the engine refused the user name or password'
    : status === 404 ? 'Not Found (404)'
    : `${statusText} (${status})`;
  const fallback = status === 404 ? 'The engine has no such resource; it may have been removed.' : '';
  return new ApiError({ status, kind, reason, detail: page && page !== statusText ? page : fallback });
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
