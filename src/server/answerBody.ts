// The text of an answer the engine mount is about to send, for a hook that must read it (a console ticket).
// By then the payload may be a string, bytes or a stream (the proxy streams the engine's answer), and may be
// compressed (by @fastify/compress, or by a real engine whose encoding the proxy passes on). The hook gets
// the decoded text and a payload to send in place of a stream it consumed.
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

async function bytesOf(payload: unknown, max: number): Promise<Buffer | undefined> {
  if (typeof payload === 'string') return Buffer.from(payload);
  if (payload instanceof Uint8Array) return Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  if (!(payload instanceof Readable)) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of payload) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += b.length;
    chunks.push(b);
    if (size > max) break;
  }
  return Buffer.concat(chunks);
}

function decoded(body: Buffer, encoding: string): Buffer {
  if (encoding === 'br') return brotliDecompressSync(body);
  if (encoding === 'gzip' || (body[0] === 0x1f && body[1] === 0x8b)) return gunzipSync(body);
  if (encoding === 'deflate') return inflateSync(body);
  return body;
}

/**
 * Reads the payload (at most `max` bytes; a longer stream is read no further and reported as too long) and
 * answers its decoded bytes with the payload to send on. Nothing readable: `text` is undefined.
 */
export async function readAnswer(reply: FastifyReply, payload: unknown, max: number): Promise<{ text?: Buffer; payload: unknown }> {
  const raw = await bytesOf(payload, max);
  if (!raw) return { payload };
  const send = payload instanceof Readable ? raw : payload;
  if (raw.length > max) return { payload: send };
  try {
    return { text: decoded(raw, String(reply.getHeader('content-encoding') ?? '').toLowerCase()), payload: send };
  } catch {
    return { payload: send };
  }
}
