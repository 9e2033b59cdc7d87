// The change feed reads the workspace's change log: a write made through another
// connection to the same workspace (another `serve`, the command line) reaches this
// process's listeners, in order, each change once; a refused write leaves no change. Both engines.
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../shared/api.ts';
import { ENGINES, useTemplate, type EngineName } from '../../helpers/engines.ts';
import { createFixtureWorkspace, openWorkspaceAt, type TestWorkspace } from '../../helpers/workspace.ts';

const open: TestWorkspace[] = [];
afterEach(async () => {
  for (const ws of open.splice(0)) await ws.close();
});

function until(check: () => boolean, timeoutMs: number): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) return resolve(performance.now() - started);
      if (performance.now() - started > timeoutMs) return reject(new Error(`not within ${timeoutMs} ms`));
      setTimeout(tick, 5);
    };
    tick();
  });
}

const sample = (value: number) => ({ metric: 'csat', at: '2026-11-22T09:00:00Z', value });

describe.each(ENGINES)('the change feed (%s)', (engine: EngineName) => {
  const fixtureCopy = useTemplate(engine, createFixtureWorkspace);

  /** Two stores with their services on one workspace, as two processes would hold it. */
  async function twoProcessesOnOneWorkspace(): Promise<[TestWorkspace, TestWorkspace]> {
    const location = await fixtureCopy();
    const a = await openWorkspaceAt(location);
    const b = await openWorkspaceAt(location);
    open.push(a, b);
    return [a, b];
  }

  it('hears a write made through another connection to the same workspace within 1 s', async () => {
    const [a, b] = await twoProcessesOnOneWorkspace();
    const heard: ChangeEvent[] = [];
    // Subscribed from where the log stands now. (Subscribing "from now" reads that position in a
    // read of its own, which on PostgreSQL may run beside b's write and land after it.)
    const after = await a.store.read((tx) => tx.lastChangeSeq());
    const stop = a.services.ctx.onChange((e) => heard.push(e), { after });
    try {
      await b.call('samples.add', sample(84), 'olena');
      const latency = await until(() => heard.length > 0, 1000);
      expect(latency).toBeLessThan(1000);
      expect(heard).toEqual([
        expect.objectContaining({ entity: 'sample', key: 'csat', action: 'add', actor: 'olena' }),
      ]);
    } finally {
      stop();
    }
  });

  it('in this process, listeners have heard a write when the call returns', async () => {
    const [a] = await twoProcessesOnOneWorkspace();
    const heard: ChangeEvent[] = [];
    const stop = a.services.ctx.onChange((e) => heard.push(e));
    try {
      await a.call('samples.add', sample(84), 'olena');
      expect(heard.map((e) => e.action)).toEqual(['add']);
    } finally {
      stop();
    }
  });

  it('resumes after a sequence number: every later change, in order, once', async () => {
    const [a, b] = await twoProcessesOnOneWorkspace();
    const first = await a.store.read((tx) => tx.lastChangeSeq());
    for (const value of [81, 82, 83]) await b.call('samples.add', sample(value), 'olena');
    const heard: ChangeEvent[] = [];
    const stop = a.services.ctx.onChange((e) => heard.push(e), { after: first });
    try {
      await until(() => heard.length >= 3, 1000);
      await a.call('samples.add', sample(84), 'olena');
      expect(heard.map((e) => e.seq)).toEqual([first + 1, first + 2, first + 3, first + 4]);
    } finally {
      stop();
    }
  });

  it('a refused write appends no change', async () => {
    const [a] = await twoProcessesOnOneWorkspace();
    const before = await a.store.read((tx) => tx.lastChangeSeq());
    const heard: ChangeEvent[] = [];
    const stop = a.services.ctx.onChange((e) => heard.push(e));
    try {
      await expect(a.call('samples.add', sample(84), 'taras')).rejects.toMatchObject({ code: 'forbidden' });
      await a.call('settings.get', {});
      expect(await a.store.read((tx) => tx.lastChangeSeq())).toBe(before);
      expect(heard).toEqual([]);
    } finally {
      stop();
    }
  });

  it('a campaign longer than any before, added through another connection, is listed at once', async () => {
    const [a, b] = await twoProcessesOnOneWorkspace();
    const march = { from: '2027-03-10T00:00:00Z', to: '2027-03-20T00:00:00Z' };
    const before = await a.call('campaigns.list', march);
    // A year-long campaign starting well before the visible range, longer than any listed so far.
    await b.call(
      'campaigns.create',
      { title: 'Always-on brand campaign', start: '2026-09-01T00:00:00Z', end: '2027-09-01T00:00:00Z' },
      'maria',
    );
    const after = await a.call('campaigns.list', march);
    // In start order, so it comes first.
    expect(after.map((c) => c.key)).toEqual(['always-on-brand-campaign', ...before.map((c) => c.key)]);
  });
});
