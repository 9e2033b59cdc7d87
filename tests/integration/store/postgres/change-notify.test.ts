// PostgreSQL only: LISTEN/NOTIFY wakes the change feed when another process commits, so a
// change arrives without waiting for the poll (here a poll of once a minute), also after the
// listening connection was lost and reopened.
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../../shared/api.ts';
import { ChangeFeed } from '../../../../electron/services/change-feed.ts';
import type { Store } from '../../../../electron/store/store.ts';
import { openStoreAt, rawSql, useLocation } from '../../../helpers/engines.ts';

const location = useLocation('postgres');
const open: Store[] = [];
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
});

const AN_HOUR_OF_POLLING = 3_600_000;

async function twoStores(): Promise<[Store, Store]> {
  const a = await openStoreAt(location());
  const b = await openStoreAt(location());
  open.push(a, b);
  return [a, b];
}

const change = (store: Store, key: string) =>
  store.write((tx) =>
    tx.appendChange({ at: '2026-11-22T10:00:00.000Z', actor: 'olena', entity: 'sample', key, action: 'add' }),
  );

function heardWithin(heard: ChangeEvent[], count: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (heard.length >= count) return resolve();
      if (Date.now() > until)
        return reject(new Error(`heard ${heard.length} of ${count} changes in ${ms} ms`));
      setTimeout(tick, 5);
    };
    tick();
  });
}

describe('NOTIFY', () => {
  it('a change committed by another store reaches a feed that does not poll, within 1 s', async () => {
    const [a, b] = await twoStores();
    const feed = new ChangeFeed(a, AN_HOUR_OF_POLLING);
    const heard: ChangeEvent[] = [];
    const stop = feed.subscribe((e) => heard.push(e));
    try {
      await new Promise((resolve) => setTimeout(resolve, 200)); // the listener is connected
      await change(b, 'csat');
      await heardWithin(heard, 1, 1000);
      expect(heard.map((e) => [e.key, e.seq])).toEqual([['csat', 1]]);
    } finally {
      stop();
    }
  });

  it('after the listening connection is lost, it reconnects and hears changes again', async () => {
    const [a, b] = await twoStores();
    const feed = new ChangeFeed(a, AN_HOUR_OF_POLLING);
    const heard: ChangeEvent[] = [];
    const stop = feed.subscribe((e) => heard.push(e));
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const dbName = new URL(location()).pathname.slice(1);
      const killed = await rawSql(
        location(),
        `SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity
         WHERE application_name = 'campaign-desk listener' AND datname = '${dbName}'`,
      );
      expect(killed).toEqual([{ done: true }]);
      await change(b, 'while-away'); // committed while nobody listens: caught up on reconnect
      await heardWithin(heard, 1, 3000);
      await change(b, 'after');
      await heardWithin(heard, 2, 1000);
      expect(heard.map((e) => e.key)).toEqual(['while-away', 'after']);
    } finally {
      stop();
    }
  });
});
