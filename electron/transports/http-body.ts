// Reads a JSON request body without ever holding more than the limit: bytes are
// counted as they arrive and reading stops at the limit (413), and nesting is
// checked before parsing, so neither a huge nor a deeply nested body costs more
// than a bounded amount of memory and stack.
import type http from 'node:http';
import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from '../../shared/json-depth.ts';
import { HttpRefusal } from './http-refusal.ts';

const MIB = 1024 * 1024;

function tooLarge(limit: number): HttpRefusal {
  return new HttpRefusal(413, 'invalid_input', 'request_too_large', {
    limit: Math.round((limit / MIB) * 100) / 100,
  });
}

/** The request's bytes up to `limit`; past it, reading stops and the connection is marked to close. */
export function readBody(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  limit: number,
): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    res.shouldKeepAlive = false;
    return Promise.reject(tooLarge(limit));
  }
  return new Promise((resolve, reject) => {
    // A declared length gets one buffer, filled as chunks arrive: a large body is never held
    // twice (the chunks and their concatenation) on its way to text.
    const whole = Number.isFinite(declared) && declared > 0 ? Buffer.allocUnsafe(declared) : undefined;
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      if (size + chunk.length > limit || (whole && size + chunk.length > whole.length)) {
        cleanup();
        chunks.length = 0;
        // Stop reading; the socket closes once the 413 is sent (the rest is never read).
        req.pause();
        res.shouldKeepAlive = false;
        reject(tooLarge(limit));
        return;
      }
      if (whole) chunk.copy(whole, size);
      else chunks.push(chunk);
      size += chunk.length;
    };
    const onEnd = () => {
      cleanup();
      resolve(whole ? whole.subarray(0, size) : Buffer.concat(chunks, size));
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/** The body as UTF-8 text (a feed's CSV), at most `limit` bytes. */
export async function readTextBody(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  limit: number,
): Promise<string> {
  const body = await readBody(req, res, limit);
  const text = body.toString('utf8');
  releaseBody(body);
  return text;
}

/**
 * Gives a large body's memory back now. Left to V8, a request's buffer stays until the next full
 * collection, which an idle server does not run (issue 13). Only a buffer of its own (readBody's
 * single buffer for a declared length): a small one shares Node's pool and is left alone.
 */
export function releaseBody(body: Buffer): void {
  // ES2024's ArrayBuffer.prototype.transfer (Node 24); the project's lib is older.
  const whole = body.buffer as ArrayBuffer & { detached: boolean; transfer(length: number): ArrayBuffer };
  if (!whole.detached && whole.byteLength === body.byteLength && whole.byteLength >= MIB) whole.transfer(0);
}

/** The parsed JSON body (undefined when empty), or an HttpRefusal saying what is wrong with it. */
export async function readJsonBody(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  limit: number,
): Promise<unknown> {
  return parseJsonText(await readTextBody(req, res, limit));
}

/** JSON text checked for depth before parsing; an HttpRefusal (400) when it is not JSON. */
export function parseJsonText(text: string): unknown {
  if (!text) return undefined;
  if (jsonNestsDeeperThan(text, MAX_JSON_DEPTH))
    throw new HttpRefusal(400, 'invalid_input', 'request_too_deep', { max: MAX_JSON_DEPTH });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpRefusal(400, 'invalid_input', 'request_not_json');
  }
}
