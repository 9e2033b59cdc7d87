// The desktop window on a team workspace (issue 9): the connect form on first start,
// the top bar naming the server and saying it is connected, the offline banner with
// the page still readable and a write that could not be sent shown as an error, and
// the sign-in form after the server ended the session. The shell's side is played by
// a stand-in bridge over `serve` (as in restore-settings.test.ts).
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot, startApp, type RunningApp } from './harness.ts';

/** The bridge with a team connection the test drives through window.__connection(). */
const bridge = (connection: object) => `
window.connectRequests = [];
const listeners = new Set();
let connection = ${JSON.stringify(connection)};
window.__connection = (changes) => {
  connection = { ...connection, ...changes };
  for (const listener of listeners) listener(connection);
};
const READS = /\\.(info|list|get|search|report|export)$|^board\\.get$|^reports\\./;
window.campaignDesk = {
  async call(method, input, person) {
    if (connection.kind === 'team' && connection.status === 'offline' && !READS.test(method)) {
      const host = connection.host;
      return { ok: false, error: { code: 'unavailable', key: 'desk_not_sent', params: { host },
        message: 'Not saved: the team workspace at ' + host + ' cannot be reached.' } };
    }
    const res = await fetch('/api/' + method, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(person ? { 'x-campaign-desk-person': person } : {}) },
      body: JSON.stringify({ input }),
    });
    const body = await res.json();
    return 'error' in body ? { ok: false, error: body.error } : { ok: true, result: body.result };
  },
  onChange: () => () => {},
  onCommand: () => () => {},
  setActingPerson: async () => {},
  openExternal: async () => false,
  printToPdf: async () => false,
  listBackups: async () => [],
  restoreBackup: async () => ({ ok: false, reason: 'canceled', message: '' }),
  connection: async () => connection,
  onConnection(listener) { listeners.add(listener); return () => listeners.delete(listener); },
  async connectTeam(input) {
    window.connectRequests.push(input);
    return { ok: false, error: { code: 'forbidden', key: 'desk_sign_in_refused', params: {},
      message: 'The person or the password is not right.' } };
  },
  teamPeople: async () => ({ ok: true, people: [] }),
  signOut: async () => window.__connection({ status: 'signed-out' }),
  useLocal: async () => ({ ok: true }),
  platform: { os: 'linux', electron: '45.4.1' },
};
`;

const TEAM = {
  kind: 'team',
  server: 'https://desk.example.com',
  host: 'desk.example.com',
  person: 'taras',
  insecure: false,
  status: 'connected',
  tokenKept: 'encrypted',
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('first start', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  test('offers to connect to a team workspace; plain http to another machine needs the insecure box', async () => {
    const page = await openPage(browser, app.url, {
      initScript: bridge({ kind: 'local', file: '/w.sqlite' }),
    });
    await page.getByTestId('connect-team').click();
    const form = page.getByTestId('team-connect-form');
    await form.waitFor();
    await page.getByTestId('team-server').fill('http://desk.example.com');
    await page.getByTestId('team-person').fill('taras');
    await page.getByTestId('team-password').fill('a long password');
    await page.getByTestId('team-connect-submit').click();
    await expect(page.getByTestId('team-connect-error').textContent()).resolves.toMatch(
      /^http:\/\/ would send your password unencrypted/,
    );
    await expect(connectRequests(page)).resolves.toEqual([]);

    await page.getByTestId('team-insecure').check();
    await page.getByTestId('team-connect-submit').click();
    await expect(page.getByTestId('team-connect-error').textContent()).resolves.toBe(
      'The person or the password is not right.',
    );
    await expect(connectRequests(page)).resolves.toEqual([
      { server: 'http://desk.example.com', insecure: true, person: 'taras', password: 'a long password' },
    ]);
    // Back, and afresh: the form as a person meets it.
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByTestId('connect-team').click();
    await page.getByTestId('team-server').fill('https://desk.example.com');
    await page.getByTestId('team-person').fill('taras');
    await screenshot(page, 'team-connect-form');
  });
});

describe('on a team workspace', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ sample: true });
  });
  afterAll(async () => {
    await app?.close();
  });

  test('the top bar names the server and says it is connected; offline, the page stays and a write fails visibly', async () => {
    const page = await openPage(browser, `${app.url}/#/campaign/bf-next-day`, { initScript: bridge(TEAM) });
    await page.getByTestId('brief').waitFor();
    await expect(page.getByTestId('workspace-name').textContent()).resolves.toMatch(/^desk\.example\.com · /);
    await expect(page.getByTestId('connection-status').textContent()).resolves.toContain('Connected');
    // You are who you signed in as.
    await expect(page.getByTestId('acting-person').textContent()).resolves.toContain('Taras Bondar');
    await expect(page.getByTestId('offline-banner').count()).resolves.toBe(0);
    await screenshot(page, 'team-topbar-connected');

    await page.evaluate(() =>
      (window as unknown as { __connection(c: object): void }).__connection({ status: 'offline' }),
    );
    const banner = page.getByTestId('offline-banner');
    await expect(banner.textContent()).resolves.toBe(
      'The team workspace at desk.example.com cannot be reached. What is on screen is as it was last loaded; changes cannot be saved until the connection is back.',
    );
    await expect(page.getByTestId('connection-status').textContent()).resolves.toContain('Offline');
    await expect(page.getByTestId('brief').isVisible()).resolves.toBe(true);

    await page.getByTestId('acknowledge').click();
    await expect(page.locator('.ack-actions [role=alert]').textContent()).resolves.toBe(
      'Not saved: the team workspace at desk.example.com cannot be reached. Try again when the connection is back.',
    );
    await expect(page.getByTestId('ack-done').count()).resolves.toBe(0);
    await screenshot(page, 'team-offline-banner');
  });

  test('the banner and the failed write in Ukrainian', async () => {
    const page = await openPage(browser, `${app.url}/#/campaign/bf-next-day`, {
      initScript: bridge({ ...TEAM, status: 'offline' }),
      locale: 'uk-UA',
    });
    await page.getByTestId('brief').waitFor();
    await expect(page.getByTestId('offline-banner').textContent()).resolves.toMatch(
      /^Командний простір desk\.example\.com недоступний/,
    );
    await page.getByTestId('acknowledge').click();
    await expect(page.locator('.ack-actions [role=alert]').textContent()).resolves.toMatch(
      /^Не збережено: командний простір desk\.example\.com недоступний/,
    );
  });

  test('a session the server ended brings the sign-in form, filled in, with the reason', async () => {
    const page = await openPage(browser, app.url, { initScript: bridge(TEAM) });
    await page.getByTestId('connection-status').waitFor();
    await page.evaluate(() =>
      (window as unknown as { __connection(c: object): void }).__connection({
        status: 'signed-out',
        reason: 'desk_session_ended',
      }),
    );
    await expect(page.getByTestId('team-sign-in-reason').textContent()).resolves.toBe(
      'Your session on desk.example.com has ended: sign in again.',
    );
    await expect(page.getByTestId('team-server').inputValue()).resolves.toBe('https://desk.example.com');
    await expect(page.getByTestId('team-person').inputValue()).resolves.toBe('taras');
    await screenshot(page, 'team-session-ended');
  });

  test('Settings names the server and who is signed in; signing out shows the sign-in form', async () => {
    const page = await openPage(browser, `${app.url}/#/settings`, { initScript: bridge(TEAM) });
    const section = page.getByTestId('team-workspace-section');
    await section.waitFor();
    await expect(section.innerText()).resolves.toMatch(
      /Team workspace\s+Server\s+https:\/\/desk\.example\.com\s+Signed in as\s+taras\s+Connection\s+[^\n]*Connected/,
    );
    await expect(page.getByTestId('team-token-kept').textContent()).resolves.toBe(
      'The session is kept encrypted by the operating system.',
    );
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'team-settings');
    await page.getByTestId('team-sign-out').click();
    await expect(page.getByTestId('team-sign-in-reason').textContent()).resolves.toBe(
      'You signed out of desk.example.com.',
    );
  });

  test('the offline banner, the connection state and the sign-in form: no serious axe violation, light or dark', async () => {
    const page = await openPage(browser, `${app.url}/#/campaign/bf-next-day`, {
      initScript: bridge({ ...TEAM, status: 'offline' }),
      bypassCSP: true,
    });
    await page.getByTestId('offline-banner').waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByTestId('ack-matrix').waitFor();
      expect(await axeViolations(page), scheme).toEqual([]);
    }
    await page.evaluate(() =>
      (window as unknown as { __connection(c: object): void }).__connection({ status: 'signed-out' }),
    );
    await page.getByTestId('team-connect-form').waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), scheme).toEqual([]);
    }
  });
});

function connectRequests(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { connectRequests: unknown[] }).connectRequests);
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Serious and critical axe-core violations on the page as it is now, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  type Violation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };
  return (found as Violation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${JSON.stringify(n.target)}: ${v.help}`));
}
