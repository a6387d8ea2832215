// Reading a failed response: a <fault> document, else the engine's HTML error page, else the status
// (guide 7.7: faults). Apart from errors.ts because it needs the XML parser, which loads with the first
// request rather than before the login page shows (wire.ts).
import { parseXml } from '../xsd/parse';
import { ApiError, htmlText, text } from './errors';

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

