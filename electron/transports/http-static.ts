// The built UI: files from inside its folder only. Paths are resolved through
// symbolic links, so a link inside the folder can never hand out a file outside it.
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { decodePath } from './http-refusal.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The real path of `file` if it is a regular file inside the real `root`, else undefined. */
function fileInside(root: string, file: string): string | undefined {
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    return undefined;
  }
  // The folder itself or inside it, not merely beside it ("renderer-old" is not "renderer").
  if (!real.startsWith(root + path.sep)) return undefined;
  return fs.statSync(real).isFile() ? real : undefined;
}

function notFound(res: http.ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Not found.');
}

export function serveStatic(root: string, pathname: string, res: http.ServerResponse): void {
  let realRoot: string;
  try {
    realRoot = fs.realpathSync(root);
  } catch {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    return void res.end('The app is not built yet: run "npm run build:renderer".');
  }
  const relative = path.normalize(decodePath(pathname)).replace(/^([/\\])+/, '');
  const requested = path.join(realRoot, relative);
  if (requested !== realRoot && !requested.startsWith(realRoot + path.sep)) return notFound(res);
  // App routes (/calendar/…) fall back to index.html; so does anything not a file inside the folder.
  const file = fileInside(realRoot, requested) ?? fileInside(realRoot, path.join(realRoot, 'index.html'));
  if (!file) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    return void res.end('The app is not built yet: run "npm run build:renderer".');
  }
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  fs.createReadStream(file).pipe(res);
}
