// The built UI's files, as both ways of serving it hand them out (`serve`'s HTTP static
// server and the desktop's `app://` scheme): only regular files inside the UI folder,
// resolved through symbolic links so a link inside it never hands out a file outside it.
import fs from 'node:fs';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export function contentTypeOf(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The real path of `file` if it is a regular file inside `realRoot` (itself a real path), else undefined. */
export function uiFileInside(realRoot: string, file: string): string | undefined {
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    return undefined;
  }
  // Inside the folder, not merely beside it ("renderer-old" is not "renderer").
  if (!real.startsWith(realRoot + path.sep)) return undefined;
  return fs.statSync(real).isFile() ? real : undefined;
}
