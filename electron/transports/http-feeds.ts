// Machine feeds (team-server.md §7): samples pushed with a `samples:write` token and the
// calendar subscribed to with a `calendar:read` token in the address (calendar apps send no headers).
import type http from 'node:http';
import { failure } from '../services/context.ts';
import type { Services } from '../services/services.ts';
import { bearerToken } from './http-auth.ts';
import { parseJsonText, readTextBody } from './http-body.ts';

type Send = (status: number, body: unknown) => void;

/** Answers the feed endpoints; false when the path is not one of them. */
export async function handleFeeds(
  services: Services,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  send: Send,
  maxBodyBytes: number,
): Promise<boolean> {
  if (url.pathname === '/api/feeds/samples' && req.method === 'POST') {
    const { actor } = await services.tokens.authenticate(bearerToken(req), 'samples:write');
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'text/csv' && type !== 'application/json') throw failure('invalid_input', 'feed_body_type');
    const text = await readTextBody(req, res, maxBodyBytes);
    const body = type === 'text/csv' ? { csv: text } : { json: parseJsonText(text) };
    send(200, await services.feeds.pushSamples(body, actor));
    return true;
  }
  if (url.pathname === '/feeds/calendar.ics' && (req.method === 'GET' || req.method === 'HEAD')) {
    const { token } = await services.tokens.authenticate(
      url.searchParams.get('token') ?? '',
      'calendar:read',
    );
    const language = url.searchParams.get('lang')?.slice(0, 20) || undefined;
    const ics = await services.feeds.calendar(token, language);
    res.writeHead(200, {
      'content-type': 'text/calendar; charset=utf-8',
      'cache-control': 'no-store',
      'content-disposition': 'inline; filename="campaign-desk.ics"',
    });
    res.end(req.method === 'HEAD' ? undefined : ics);
    return true;
  }
  return false;
}
