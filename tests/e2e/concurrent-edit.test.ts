// Spec §6 in the browser: two marketers edit the same campaign. The one who saves
// second is told who changed it and when, and their save does not overwrite the
// first one's change.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PERSON_HEADER } from '../../electron/transports/http-server.ts';
import { launchBrowser, openPage, startApp, type RunningApp } from './harness.ts';
import { go, startAs, waitForText } from './issue4-steps.ts';

let app: RunningApp;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  app = await startApp({ sample: true });
  browser = await launchBrowser();
  page = await openPage(browser, app.url);
  await startAs(page, 'maria');
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Another desk: the API over HTTP, as Maria on her second machine. */
async function otherDesk<T>(method: string, input: unknown): Promise<T> {
  const reply = await fetch(`${app.url}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [PERSON_HEADER]: 'maria' },
    body: JSON.stringify({ input }),
  });
  const body = (await reply.json()) as { result: T };
  return body.result;
}

test('saving over a change made meanwhile elsewhere is refused, naming who and when; the other change stays', async () => {
  await go(page, '#/edit/new-year-teaser');
  const title = page.getByTestId('field-title');
  await title.waitFor();

  const { campaign } = await otherDesk<{ campaign: { revision: number } }>('campaigns.get', {
    key: 'new-year-teaser',
  });
  await otherDesk('campaigns.update', {
    key: 'new-year-teaser',
    revision: campaign.revision,
    title: 'New Year teaser (from the laptop)',
  });

  await title.fill('New Year teaser (from the desk)');
  await page.getByTestId('save-draft').click();
  await waitForText(page.getByTestId('error-form'), 'was changed by Maria Kovalenko');
  await expect(page.getByTestId('error-form').textContent()).resolves.toContain('reload');

  const after = await otherDesk<{ campaign: { title: string } }>('campaigns.get', { key: 'new-year-teaser' });
  expect(after.campaign.title).toBe('New Year teaser (from the laptop)');
});
