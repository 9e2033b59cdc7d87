// The built UI over HTTP: files from inside its folder only (ui-files.ts); app routes
// fall back to index.html.
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { contentTypeOf, uiFileInside } from '../ui-files.ts';
import { decodePath } from './http-refusal.ts';

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
  const file = uiFileInside(realRoot, requested) ?? uiFileInside(realRoot, path.join(realRoot, 'index.html'));
  if (!file) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    return void res.end('The app is not built yet: run "npm run build:renderer".');
  }
  // In one piece (the UI's files are a few hundred KB at most): streamed in 64 KB reads, each
  // waiting its turn on the event loop, the app's chunk came in behind the answers to the
  // page's first API calls, which arrive while it loads (issue 13).
  let body: Buffer;
  try {
    body = fs.readFileSync(file);
  } catch {
    return notFound(res);
  }
  res.writeHead(200, {
    'content-type': contentTypeOf(file),
    'content-length': body.length,
    'cache-control': 'no-cache',
  });
  res.end(body);
}
