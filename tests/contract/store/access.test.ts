// The team workspace's access records (migration 5) behave the same on both engines: one
// password hash per person, sessions that end and expire, sign-in failures counted in a window,
// and machine-token names unique among live tokens only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../electron/store/store.ts';
import { ENGINES, openStoreAt, rawSql, useLocation } from '../../helpers/engines.ts';

const T0 = '2026-11-20T08:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
const HOUR = 60;

describe.each(ENGINES)('%s', (engine) => {
  const location = useLocation(engine);
  let store: Store;

  beforeEach(async () => {
    store = await openStoreAt(location());
  });
  afterEach(() => store.close());

  const session = (id: string, person: string, start: number, days = 30) =>
    store.write((tx) =>
      tx.access.insertSession({
        id,
        tokenHash: `hash-${id}`,
        person,
        at: at(start),
        absoluteExpiry: at(start + days * 24 * HOUR),
      }),
    );
  const open = (now: number, idleMinutes = 12 * HOUR) =>
    store.read(async (tx) =>
      (await tx.access.openSessions(at(now), at(now - idleMinutes))).map((s) => s.id).sort(),
    );

  it('a new password hash replaces the old one: one row per person', async () => {
    await store.write((tx) => tx.access.setPasswordHash('maria', 'first', at(0)));
    await store.write((tx) => tx.access.setPasswordHash('maria', 'second', at(1)));
    await store.write((tx) => tx.access.setPasswordHash('olena', 'hers', at(1)));
    expect(await store.read((tx) => tx.access.passwordHash('maria'))).toBe('second');
    expect(await store.read((tx) => tx.access.passwordHash('olena'))).toBe('hers');
    expect(await store.read((tx) => tx.access.passwordHash('nobody'))).toBeUndefined();
    const rows = await rawSql(location(), "SELECT hash FROM person_passwords WHERE person_key = 'maria'");
    expect(rows).toEqual([{ hash: 'second' }]);
  });

  it('a session is found by its token hash, touched forward only, and ended once', async () => {
    await session('s1', 'maria', 0);
    expect(await store.read((tx) => tx.access.sessionByTokenHash('hash-s1'))).toEqual({
      id: 's1',
      person: 'maria',
      createdAt: at(0),
      lastUsedAt: at(0),
      absoluteExpiry: at(30 * 24 * HOUR),
      endedAt: null,
    });
    await store.write((tx) => tx.access.touchSession('s1', at(10)));
    // A slower process touching with an older instant does not move the last use back.
    await store.write((tx) => tx.access.touchSession('s1', at(5)));
    expect((await store.read((tx) => tx.access.sessionByTokenHash('hash-s1')))?.lastUsedAt).toBe(at(10));

    expect(await store.write((tx) => tx.access.endSession('s1', at(11)))).toBe(true);
    expect(await store.write((tx) => tx.access.endSession('s1', at(12)))).toBe(false);
    expect((await store.read((tx) => tx.access.sessionByTokenHash('hash-s1')))?.endedAt).toBe(at(11));
    expect(await store.write((tx) => tx.access.endSession('unknown', at(12)))).toBe(false);
    expect(await store.read((tx) => tx.access.sessionByTokenHash('hash-unknown'))).toBeUndefined();
  });

  it("endSessionsOf ends the person's open sessions but the one kept, and nobody else's", async () => {
    await session('m1', 'maria', 0);
    await session('m2', 'maria', 1);
    await session('m3', 'maria', 2);
    await session('o1', 'olena', 3);
    await store.write((tx) => tx.access.endSession('m3', at(4)));
    expect(await store.write((tx) => tx.access.endSessionsOf('maria', at(5), 'm2'))).toBe(1);
    expect(await open(6)).toEqual(['m2', 'o1']);
    // The already-ended one keeps its first end.
    expect((await store.read((tx) => tx.access.sessionByTokenHash('hash-m3')))?.endedAt).toBe(at(4));
    expect(await store.write((tx) => tx.access.endSessionsOf('maria', at(7)))).toBe(1);
    expect(await open(8)).toEqual(['o1']);
  });

  it('openSessions leaves out ended, idle and past-absolute-expiry sessions', async () => {
    await session('idle', 'maria', 0);
    await session('used', 'olena', 0);
    await session('short', 'taras', 0, 1); // absolute expiry after one day
    await session('ended', 'ceo', 0);
    await store.write(async (tx) => {
      await tx.access.touchSession('used', at(13 * HOUR));
      await tx.access.touchSession('short', at(23 * HOUR));
      await tx.access.endSession('ended', at(1));
    });
    expect(await open(2)).toEqual(['idle', 'short', 'used']);
    // 12 h after its last use, "idle" is gone; the others were used since.
    expect(await open(12 * HOUR)).toEqual(['short', 'used']);
    expect(await open(24 * HOUR - 1)).toEqual(['short', 'used']);
    // At its absolute expiry "short" ends although used an hour ago.
    expect(await open(24 * HOUR)).toEqual(['used']);
    expect(await open(25 * HOUR)).toEqual([]);
  });

  it('failures are counted per person from an instant, and old ones are forgotten on the next', async () => {
    for (const m of [0, 5, 10])
      await store.write((tx) => tx.access.recordFailure('maria', at(m), at(m - 15)));
    await store.write((tx) => tx.access.recordFailure('ghost', at(11), at(-4)));
    const count = (person: string, since: number) =>
      store.read((tx) => tx.access.failuresSince(person, at(since)));
    expect(await count('maria', -15)).toBe(3);
    expect(await count('maria', 5)).toBe(2); // one exactly at `since` counts
    expect(await count('ghost', 0)).toBe(1);
    // A failure at 20 min forgets everything before 5 min, for every person.
    await store.write((tx) => tx.access.recordFailure('olena', at(20), at(5)));
    const rows = await rawSql(location(), 'SELECT person_key, at FROM sign_in_failures ORDER BY at');
    expect(rows.map((r) => [r.person_key, Number(r.at)])).toEqual([
      ['maria', Date.parse(at(5))],
      ['maria', Date.parse(at(10))],
      ['ghost', Date.parse(at(11))],
      ['olena', Date.parse(at(20))],
    ]);
    await store.write((tx) => tx.access.clearFailures('maria'));
    expect(await count('maria', -15)).toBe(0);
    expect(await count('ghost', -15)).toBe(1);
  });

  const token = (id: string, name: string) =>
    store.write((tx) =>
      tx.access.insertMachineToken({
        id,
        name,
        tokenHash: `hash-${id}`,
        scope: 'samples:write',
        metrics: ['on_time'],
        department: null,
        createdAt: at(0),
        createdBy: 'admin',
      }),
    );

  it("a revoked token's name can be reused; two live tokens of one name cannot; revoking twice is false", async () => {
    await token('t1', 'helpdesk');
    await expect(token('t2', 'helpdesk')).rejects.toThrow();
    expect(await store.write((tx) => tx.access.revokeMachineToken('helpdesk', at(1)))).toBe(true);
    expect(await store.write((tx) => tx.access.revokeMachineToken('helpdesk', at(2)))).toBe(false);
    expect(await store.write((tx) => tx.access.revokeMachineToken('never', at(2)))).toBe(false);
    await token('t3', 'helpdesk');
    await expect(token('t4', 'helpdesk')).rejects.toThrow();

    const live = await store.read((tx) => tx.access.liveMachineTokens());
    expect(live.map((t) => t.id)).toEqual(['t3']);
    expect(live[0]).toMatchObject({ metrics: ['on_time'], lastUsedAt: null, revokedAt: null });
    const revoked = await store.read((tx) => tx.access.machineTokenByHash('hash-t1'));
    expect(revoked?.revokedAt).toBe(at(1));
    // Revoking the reused name ends the new token, not the old one again.
    expect(await store.write((tx) => tx.access.revokeMachineToken('helpdesk', at(3)))).toBe(true);
    expect((await store.read((tx) => tx.access.machineTokenByHash('hash-t1')))?.revokedAt).toBe(at(1));
  });

  it('a token is touched forward only', async () => {
    await token('t1', 'helpdesk');
    await store.write((tx) => tx.access.touchMachineToken('t1', at(10)));
    await store.write((tx) => tx.access.touchMachineToken('t1', at(5)));
    expect((await store.read((tx) => tx.access.machineTokenByHash('hash-t1')))?.lastUsedAt).toBe(at(10));
  });
});
