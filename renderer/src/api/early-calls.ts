// The first calls of a page load, asked before the app's code has loaded (issue 13). In a browser
// on `campaign-desk serve`, the page's first script (early.ts, bundled on its own by vite.config.ts
// and run while the page is parsed) sends them while the browser still fetches and compiles the
// app; the HTTP transport then takes each answer instead of asking again, so the calendar's data is
// in hand when the app first renders. An answer is taken once, by a call with the same method,
// input and person; anything else asks anew.
import { parseRoute } from '../state/route-parse.ts';
import {
  splitUpload,
  UPLOAD_CONTENT_TYPE,
  UPLOAD_INPUT_HEADER,
  uploadHeader,
} from '../../../shared/upload.ts';

export const PERSON_HEADER = 'x-campaign-desk-person';
/** The person chosen on this computer (embedded mode), kept between visits. */
export const PERSON_KEY = 'campaign-desk.person';
const DAY_MS = 86_400_000;

/** Answers older than this are not used: the page has moved on (and the data may have too). */
const FRESH_MS = 10_000;
type Early = Map<string, { answer: Promise<Response>; at: number }>;
declare global {
  // Shared by the page's first script (its own bundle, run first) and the app's transport.
  var campaignDeskEarly: Early | undefined;
}
const early: Early = (globalThis.campaignDeskEarly ??= new Map());

const keyOf = (method: string, input: unknown, person: string | undefined) =>
  `${method} ${JSON.stringify(input)} ${person ?? ''}`;

/** One API call over HTTP, as the transport sends it: a file's bytes as the body (shared/upload.ts). */
export function postCall(base: string, method: string, input: unknown, person: string | undefined) {
  const who: Record<string, string> = person ? { [PERSON_HEADER]: person } : {};
  const upload = splitUpload(input);
  return fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: upload
      ? { 'content-type': UPLOAD_CONTENT_TYPE, [UPLOAD_INPUT_HEADER]: uploadHeader(upload.rest), ...who }
      : { 'content-type': 'application/json', ...who },
    body: upload ? (upload.bytes as Uint8Array<ArrayBuffer>) : JSON.stringify({ input }),
  });
}

export function getSession(base: string) {
  return fetch(`${base}/api/auth/session`, { credentials: 'same-origin' });
}

/**
 * The early answer to this call, once, when it came back ok; undefined when it was not asked early,
 * was already taken, is stale or failed (a refused call is asked again, e.g. after signing in).
 */
export async function takeEarly(
  method: string,
  input: unknown,
  person: string | undefined,
): Promise<Response | undefined> {
  const key = keyOf(method, input, person);
  const asked = early.get(key);
  early.delete(key);
  if (!asked || performance.now() - asked.at > FRESH_MS) return undefined;
  const response = await asked.answer.catch(() => undefined);
  return response?.ok || method === 'auth/session' ? response : undefined;
}

/** Whether the page opens on the calendar (the landing view of most, and of an empty hash). */
export function opensOnCalendar(hash: string): boolean {
  return ['', 'calendar'].includes(parseRoute(hash).view);
}

/** The campaigns the calendar's first month needs: a window a week wider than any month grid either side. */
export function firstMonthRange(date: Date): { from: string; to: string } {
  const first = Date.UTC(date.getFullYear(), date.getMonth(), 1);
  return {
    from: new Date(first - 7 * DAY_MS).toISOString(),
    to: new Date(first + 50 * DAY_MS).toISOString(),
  };
}

/**
 * Sends what the session's first load and the calendar's first month ask for, exactly as they ask
 * it (session.ts load(), calendar-data.ts prefetchFirstMonth): the session check, then the
 * workspace, people and departments as the remembered person, and the month without a person
 * (the calendar asks before the session has answered).
 */
export function sendEarlyCalls(): void {
  const keep = (key: string, answer: Promise<Response>) => {
    answer.catch(() => undefined); // a call nobody takes must not report an unhandled failure
    early.set(key, { answer, at: performance.now() });
  };
  keep(keyOf('auth/session', {}, undefined), getSession(''));
  const person = localStorage.getItem(PERSON_KEY) ?? undefined;
  for (const method of ['workspace.info', 'people.list', 'departments.list'])
    keep(keyOf(method, {}, person), postCall('', method, {}, person));
  if (opensOnCalendar(window.location.hash)) {
    const range = firstMonthRange(new Date());
    keep(keyOf('campaigns.list', range, undefined), postCall('', 'campaigns.list', range, undefined));
  }
}
