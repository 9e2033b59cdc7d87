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
  res.writeHead(200, {
    'content-type': contentTypeOf(file),
    'cache-control': 'no-cache',
  });
  fs.createReadStream(file).pipe(res);
}
