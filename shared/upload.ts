// A file picked for import travels over HTTP as its own bytes: the request's body is the file and
// the call's other, small inputs ride in a header. Base64 in JSON made the server hold the file
// four times (the body, its text, the base64 string, the decoded bytes) until V8's next full
// collection, which an idle server does not run (issue 13). In the API table the bytes are the
// input's `file.bytes`; IPC carries them as they are.

/** The header holding the call's other inputs, as URI-encoded JSON. */
export const UPLOAD_INPUT_HEADER = 'x-campaign-desk-input';
export const UPLOAD_CONTENT_TYPE = 'application/octet-stream';

/** The bytes an input carries in `file.bytes` and the input without them; undefined when it has none. */
export function splitUpload(
  input: unknown,
): { bytes: Uint8Array; rest: Record<string, unknown> } | undefined {
  if (input === null || typeof input !== 'object') return undefined;
  const file: unknown = (input as { file?: unknown }).file;
  if (file === null || typeof file !== 'object') return undefined;
  const { bytes, ...fileRest } = file as { bytes?: unknown };
  if (!(bytes instanceof Uint8Array)) return undefined;
  return { bytes, rest: { ...(input as Record<string, unknown>), file: fileRest } };
}

/** The header's value for the input without its bytes. */
export function uploadHeader(rest: Record<string, unknown>): string {
  return encodeURIComponent(JSON.stringify(rest));
}

/**
 * The input a request with an uploaded body stands for: the header's inputs with the body as
 * `file.bytes`. Undefined when the header is not URI-encoded JSON; anything else is left to the schema.
 */
export function joinUpload(header: string, bytes: Uint8Array): unknown {
  let rest: unknown;
  try {
    rest = JSON.parse(decodeURIComponent(header));
  } catch {
    return undefined;
  }
  if (rest === null || typeof rest !== 'object' || Array.isArray(rest)) return rest;
  const file: unknown = (rest as { file?: unknown }).file;
  return { ...rest, file: { ...(file !== null && typeof file === 'object' ? file : {}), bytes } };
}
