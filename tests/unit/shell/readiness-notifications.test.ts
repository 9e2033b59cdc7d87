// Readiness notifications (issue 5), on the sample workspace with the clock set:
// leadership hears when a campaign turns not ready or goes live while a flag is
// critical; a department hears when its own metric goes failing on a live campaign;
// nobody hears about what already stood when the app started.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { READINESS_CHECK_MS } from '../../../electron/shell/readiness-watcher.ts';
import { IPC } from '../../../electron/transports/ipc-channels.ts';
import * as fake from './fake-electron.ts';
import { startApp, tempDir, type Started } from './start-app.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

let s: Started | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
  vi.useRealTimers();
});

/** Lets the watchers' recomputation after a change finish (real timeouts; only the clock is fake). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const actAs = (person: string | null) => fake.ipcMain.invoke(IPC.actingPerson, s?.trusted(), person);
/** The services read vitest's faked system time, set by each test. */
const fakedClock = () => new Date();
const titles = () => fake.Notification.instances.map((n) => n.options.title);

/** The app at `at` with the sample workspace loaded and `person` acting. */
async function startAt(at: string, person: string): Promise<Started> {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(new Date(at));
  s = await startApp({ now: fakedClock });
  expect(await s.call('workspace.loadSample', {})).toMatchObject({ ok: true });
  await settle();
  await actAs(person);
  return s;
}

/** Support's first response time goes to 9.5 h (fail above 8 h) while the winter sale is live. */
async function firstResponseFails(started: Started): Promise<void> {
  const sample = { metric: 'first_response_hours', at: '2026-11-20T08:30:00Z', value: 9.5 };
  expect(await started.call('samples.add', sample, 'olena')).toMatchObject({ ok: true });
  await settle();
}

const WINTER = 'Winter window-sign sale';
const BLACK_FRIDAY = 'Black Friday: next-day delivery';

describe('readiness notifications', () => {
  it('announce nothing that already stood when the app started', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    // Black Friday is live and not ready with critical flags; support's metric is failing.
    vi.setSystemTime(new Date('2026-11-27T00:03:00Z'));
    const tmp = tempDir();
    const first = await startApp({ tmp, now: fakedClock });
    expect(await first.call('workspace.loadSample', {})).toMatchObject({ ok: true });
    await first.app.shutdown();

    s = await startApp({ tmp, now: fakedClock });
    await actAs('ceo');
    await settle();
    await actAs('olena');
    vi.advanceTimersByTime(READINESS_CHECK_MS);
    await settle();
    expect(titles()).toEqual([]);
  });

  it("tell a department when its metric goes failing on a live campaign, and no other department's people", async () => {
    for (const [person, heard] of [
      ['olena', ['First response time is failing']],
      ['taras', []],
      ['ivan', []],
    ] as const) {
      const started = await startAt('2026-11-20T09:00:00Z', person);
      await firstResponseFails(started);
      expect(titles(), person).toEqual(heard);
      if (person === 'olena') {
        expect(fake.Notification.instances[0]?.options.body).toMatch(
          /^Customer Support: First response time 9\.5 h is above the fail threshold 8 h .*Winter window-sign sale is live\.$/,
        );
      }
      await started.close();
      s = undefined;
    }
  });

  it('tell leadership when a campaign turns not ready, saying why; clicking opens it', async () => {
    const started = await startAt('2026-11-20T09:00:00Z', 'ceo');
    await firstResponseFails(started);
    expect(titles()).toEqual([`${WINTER} is now not ready`]);
    const [n] = fake.Notification.instances;
    expect(n?.shown).toBe(true);
    expect(n?.options.body).toMatch(/^Launch .*First response time 9\.5 h is above the fail threshold 8 h/);

    started.window.minimized = true;
    n?.emit('click');
    expect(started.window.restore).toHaveBeenCalled();
    expect(started.window.focus).toHaveBeenCalled();
    expect(started.window.webContents.send).toHaveBeenCalledWith(IPC.command, 'open-campaign:winter-signs');
  });

  it('tell leadership, as time passes, that a campaign went live while a flag is critical', async () => {
    const started = await startAt('2026-11-26T23:58:00Z', 'ceo');
    expect(titles()).toEqual([]);
    vi.advanceTimersByTime(READINESS_CHECK_MS);
    await settle();
    expect(titles()).toEqual([`${BLACK_FRIDAY} went live with a critical flag`]);
    const body = fake.Notification.instances[0]?.options.body ?? '';
    expect(body).toContain('On-time delivery');
    expect(body).toContain('Sales has not acknowledged version 2');
    // The department whose metric was already failing before launch is not told again.
    await started.close();
    s = undefined;

    await startAt('2026-11-26T23:58:00Z', 'taras');
    vi.advanceTimersByTime(READINESS_CHECK_MS);
    await settle();
    expect(titles()).toEqual([]);
  });

  it('speak the OS language', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date('2026-11-20T09:00:00Z'));
    s = await startApp({ before: () => (fake.app.locale = 'uk-UA'), now: fakedClock });
    expect(await s.call('workspace.loadSample', {})).toMatchObject({ ok: true });
    await settle();
    await actAs('olena');
    await firstResponseFails(s);
    expect(fake.Notification.instances.map((n) => n.options)).toEqual([
      {
        title: 'First response time: збій',
        body: 'Customer Support: First response time 9,5 h — вище порогу збою 8 h (вимір 20 лист., 08:30). «Winter window-sign sale» триває.',
      },
    ]);
  });

  it('stop when nobody is acting, and stop checking when the app shuts down', async () => {
    const started = await startAt('2026-11-20T09:00:00Z', 'olena');
    await actAs(null);
    await firstResponseFails(started);
    expect(titles()).toEqual([]);
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    await started.app.shutdown();
    expect(vi.getTimerCount()).toBe(0);
  });
});
