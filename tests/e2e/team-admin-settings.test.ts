// Issue 9, Settings for admins on the team server: machine tokens (created, shown once, used,
// revoked), passwords, open sessions, and each department's calendar subscription link, which a
// member of that department then finds in their own Settings.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, openPage, startApp, SCREENSHOT_DIR, type RunningApp } from './harness.ts';
import { go, waitForText } from './issue4-steps.ts';
import { createRequire } from 'node:module';
import path from 'node:path';

const PASSWORDS = { admin: 'admin-secret-pass', olena: 'olena-secret-pass' };

let app: RunningApp;
let browser: Browser;
let admin: Page;
beforeAll(async () => {
  app = await startApp({ sample: true, team: true, passwords: PASSWORDS });
  browser = await launchBrowser();
  admin = await deskOf('admin');
  await go(admin, '#/settings');
  await admin.getByTestId('tokens').or(admin.getByText('No machine tokens yet.')).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function deskOf(person: keyof typeof PASSWORDS): Promise<Page> {
  // CSP bypassed only to inject axe-core (the accessibility check below).
  const page = await openPage(browser, app.url, { bypassCSP: true });
  await page.getByTestId('sign-in-person').fill(person);
  await page.getByTestId('sign-in-password').fill(PASSWORDS[person]);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('signed-in-person').waitFor();
  return page;
}

/** The page with the section whose heading is `selector` in view. */
async function shoot(page: Page, name: string, selector: string): Promise<void> {
  await page.locator(selector).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

const pushSample = (token: string) =>
  fetch(`${app.url}/api/feeds/samples`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify([{ metric: 'support_backlog', at: '2026-11-22T09:00:00Z', value: 250 }]),
  });

test('an admin creates a token, sees it once with a warning, sees its last use, and revokes it', async () => {
  await admin.getByTestId('token-name').fill('helpdesk');
  await admin.getByTestId('token-metric-support_backlog').check();
  await admin.getByTestId('token-create').click();
  const once = admin.getByTestId('token-created');
  await waitForText(once, 'shown only this once');
  const token = await admin.getByTestId('token-value').inputValue();
  expect(token).toMatch(/^cdt_/);
  await shoot(admin, 'team-settings-token-once', '#settings-tokens');
  await admin.getByTestId('token-done').click();
  await expect(admin.getByTestId('token-value').count()).resolves.toBe(0);

  const row = admin.locator('tr[data-token="helpdesk"]');
  await waitForText(row, 'never');
  await expect(row.textContent()).resolves.toContain('Open support tickets');
  await expect((await pushSample(token)).status).toBe(200);
  await admin.reload();
  await waitForText(admin.locator('tr[data-token="helpdesk"]'), '22 Nov 2026');

  admin.once('dialog', (dialog) => void dialog.accept());
  await admin.getByTestId('revoke-helpdesk').click();
  await admin.locator('tr[data-token="helpdesk"]').waitFor({ state: 'detached' });
  await expect((await pushSample(token)).status).toBe(401);
});

test("an admin creates Customer Support's calendar link; olena finds it in her Settings and it serves the calendar", async () => {
  await admin.getByTestId('create-calendar-link-support').click();
  const field = admin.getByTestId('calendar-link-support');
  await field.waitFor();
  const link = await field.inputValue();
  expect(link).toMatch(new RegExp(`^${app.url}/feeds/calendar\\.ics\\?token=cdt_`));
  const feed = await fetch(link);
  expect(feed.status).toBe(200);
  await expect(feed.text()).resolves.toContain('BEGIN:VCALENDAR');
  // Made once: asking again gives the same link.
  await admin.reload();
  await expect(admin.getByTestId('calendar-link-support').inputValue()).resolves.toBe(link);

  const olena = await deskOf('olena');
  await go(olena, '#/settings');
  await expect(olena.getByTestId('calendar-link-support').inputValue()).resolves.toBe(link);
  // Only her department's, and none of the admin sections.
  await expect(olena.locator('[data-testid^="calendar-link-"]').count()).resolves.toBe(1);
  await expect(olena.getByTestId('tokens').count()).resolves.toBe(0);
  await expect(olena.getByTestId('sessions').count()).resolves.toBe(0);
  await expect(olena.locator('[data-testid^="set-password-"]').count()).resolves.toBe(0);
  await olena.context().close();
});

test("an admin sets a person's password and sees the open sessions, ending one", async () => {
  const olena = await deskOf('olena');
  await admin.reload();
  // Her desk of the test before and this one.
  const rows = admin.getByTestId('sessions').locator('tr[data-person="olena"]');
  await rows.nth(1).waitFor();
  await waitForText(rows.first(), 'Olena Shevchuk');
  await shoot(admin, 'team-settings-passwords-sessions', '#settings-passwords');

  await admin.getByTestId('set-password-olena').click();
  await admin.getByTestId('new-password').fill('short');
  await admin.getByTestId('save-password').click();
  await waitForText(admin.getByTestId('password-dialog'), 'at least 12 characters');
  await admin.getByTestId('new-password').fill('olena-new-secret');
  await admin.getByTestId('save-password').click();
  // Her open session ended with the new password.
  await waitForText(
    admin.getByTestId('password-saved'),
    'Password set for Olena Shevchuk; 2 open sessions were ended.',
  );
  await go(olena, '#/readiness');
  await olena.getByTestId('sign-in-notice').waitFor();
  await olena.context().close();

  await shoot(admin, 'team-settings-password-set', '#settings-passwords');
  await shoot(admin, 'team-settings-calendar-links', '#settings-calendar-links');
});

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's serious and critical violations on the page as it is now, one line each. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${JSON.stringify(n.target)}`));
}

test('the sign-in page and the admin sections have no serious accessibility violation', async () => {
  await admin.reload();
  await admin.getByTestId('tokens').waitFor();
  await expect(violations(admin)).resolves.toEqual([]);
  const signIn = await openPage(browser, app.url, { bypassCSP: true });
  await signIn.getByTestId('sign-in-person').waitFor();
  await expect(violations(signIn)).resolves.toEqual([]);
  await signIn.context().close();
});
