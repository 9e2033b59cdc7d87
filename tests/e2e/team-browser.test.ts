// Issue 9 in the browser: `serve --team` opens on a sign-in page; maria and olena sign in at two
// desks (two browser contexts); olena acknowledges and maria's open campaign page shows it without
// a reload; signing out, or a session an admin ends, returns to the sign-in page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, openPage, screenshot, startApp, type RunningApp } from './harness.ts';
import { go, waitForText } from './issue4-steps.ts';

const PASSWORDS = { maria: 'maria-secret-pass', olena: 'olena-secret-pass', admin: 'admin-secret-pass' };

let app: RunningApp;
let browser: Browser;
beforeAll(async () => {
  app = await startApp({ sample: true, team: true, passwords: PASSWORDS });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function signIn(page: Page, person: string, password: string): Promise<void> {
  await page.getByTestId('sign-in-person').fill(person);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
}

/** A desk of its own (a browser context with its own cookies), signed in as `person`. */
async function deskOf(person: keyof typeof PASSWORDS): Promise<Page> {
  const page = await openPage(browser, app.url);
  await signIn(page, person, PASSWORDS[person]);
  await page.getByTestId('signed-in-person').waitFor();
  return page;
}

async function standing(page: Page, department: string): Promise<string | null> {
  return page
    .getByTestId('ack-matrix')
    .locator(`tr[data-department="${department}"]`)
    .getAttribute('data-standing');
}

async function until(check: () => Promise<boolean>, what: string, timeout = 5_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('the served UI opens on a sign-in page, not the person picker; a wrong password is refused with the message', async () => {
  const page = await openPage(browser, app.url);
  await page.getByTestId('sign-in-person').waitFor();
  await expect(page.getByTestId('acting-person').count()).resolves.toBe(0);
  await expect(page.getByTestId('person-admin').count()).resolves.toBe(0);
  await screenshot(page, 'team-sign-in');

  await signIn(page, 'olena', 'not-olenas-password');
  await waitForText(page.getByTestId('sign-in-error'), 'That user name or password is not right.');
  await expect(page.getByTestId('sign-in-password').inputValue()).resolves.toBe('');
  await expect(page.getByTestId('signed-in-person').count()).resolves.toBe(0);
  await screenshot(page, 'team-sign-in-refused');

  // The page speaks the chosen language before anyone signs in.
  await page.locator('#language').selectOption('uk');
  await waitForText(page.locator('h1'), 'Вхід');
  await expect(page.getByTestId('sign-in-submit').textContent()).resolves.toBe('Увійти');
  await waitForText(page.getByTestId('sign-in-error'), 'Ім’я користувача або пароль неправильні.');
  await screenshot(page, 'team-sign-in-uk');

  await page.context().close();
});

test('after ten failed sign-ins for one person the page says to wait, not "wrong password"', async () => {
  // Each failure costs a slow password hash: sent at once, they share the cores.
  await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      fetch(`${app.url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ person: 'taras', password: `guess number ${i}` }),
      }),
    ),
  );
  const page = await openPage(browser, app.url);
  await signIn(page, 'taras', 'yet another guess');
  await waitForText(
    page.getByTestId('sign-in-error'),
    'Too many failed attempts for this user name. Wait 15 minutes, then try again.',
  );
  await page.context().close();
}, 60_000);

test("olena acknowledges at her desk; maria's open campaign page shows it without a reload", async () => {
  const maria = await deskOf('maria');
  await expect(maria.getByTestId('signed-in-person').textContent()).resolves.toContain('Maria Kovalenko');
  // The signed-in person cannot be switched: no picker, a Sign out button instead.
  await expect(maria.getByTestId('acting-person').count()).resolves.toBe(0);
  await expect(maria.getByTestId('sign-out').isVisible()).resolves.toBe(true);
  await go(maria, '#/campaign/winter-signs');
  await maria.getByTestId('ack-matrix').waitFor();
  await expect(standing(maria, 'support')).resolves.toBe('concern');
  await screenshot(maria, 'team-topbar-signed-in');
  await maria.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  const olena = await deskOf('olena');
  await go(olena, '#/campaign/winter-signs');
  await olena.getByTestId('acknowledge').click();
  await waitForText(olena.getByTestId('ack-done'), 'Customer Support acknowledged version 2');

  const seenAt = Date.now();
  await until(async () => (await standing(maria, 'support')) === 'acknowledged', "maria's page shows it");
  expect(Date.now() - seenAt).toBeLessThan(2_000);
  await waitForText(
    maria.getByTestId('ack-matrix').locator('tr[data-department="support"]'),
    'Olena Shevchuk',
  );
  await expect(
    maria.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
  ).resolves.toBe(true);
  await maria.context().close();

  // Signing out: back to the sign-in page, and the old cookie no longer opens anything.
  const cookie = (await olena.context().cookies()).find((c) => c.name === 'campaign_desk_session');
  expect(cookie?.httpOnly).toBe(true);
  await olena.getByTestId('sign-out').click();
  await waitForText(olena.getByTestId('sign-in-notice'), 'You have signed out.');
  await expect(olena.getByTestId('brief').count()).resolves.toBe(0);
  for (const path of ['/api/auth/session', '/api/people.list']) {
    const res = await fetch(`${app.url}${path}`, {
      method: path === '/api/auth/session' ? 'GET' : 'POST',
      headers: { cookie: `campaign_desk_session=${cookie?.value}`, 'content-type': 'application/json' },
      ...(path === '/api/auth/session' ? {} : { body: '{"input":{}}' }),
    });
    expect(res.status).toBe(401);
  }
  await olena.context().close();
});

test('a session an admin ends returns that desk to the sign-in page with a message, nothing of the workspace left', async () => {
  const maria = await deskOf('maria');
  await go(maria, '#/campaign/bf-next-day');
  await maria.getByTestId('brief').waitFor();

  const adminSignIn = await fetch(`${app.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ person: 'admin', password: PASSWORDS.admin }),
  });
  const { token } = (await adminSignIn.json()) as { token: string };
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const res = await fetch(`${app.url}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ input }),
    });
    return ((await res.json()) as { result: T }).result;
  };
  const sessions = await call<{ id: string; person: string }[]>('sessions.list', {});
  for (const s of sessions.filter((x) => x.person === 'maria')) await call('sessions.end', { id: s.id });

  // Her next request (the readiness board) is refused: the sign-in page replaces the campaign.
  await go(maria, '#/readiness');
  await waitForText(maria.getByTestId('sign-in-notice'), 'Your session has ended');
  await expect(maria.getByTestId('brief').count()).resolves.toBe(0);
  await expect(maria.getByTestId('signed-in-person').count()).resolves.toBe(0);
  await screenshot(maria, 'team-session-ended');

  // Signing in again lands where she was going.
  await signIn(maria, 'maria', PASSWORDS.maria);
  await maria.getByTestId('signed-in-person').waitFor();
  await expect(maria.evaluate(() => window.location.hash)).resolves.toBe('#/readiness');
  await maria.context().close();
});
