// Issue 8 / spec §6 on PostgreSQL: two `serve` processes on one workspace (as behind a load
// balancer), 50 conflicting edits fired at each (five people at once, ten edits each). Every accepted edit is kept (each got
// its own revision, the audit trail and change log hold each once); every refusal is a 409
// naming who changed the campaign and when; nothing is lost or silently overwritten.
import { describe, expect, it } from 'vitest';
import { PERSON_HEADER } from '../../../electron/transports/http-server.ts';
import { rawSql, useTemplate } from '../../helpers/engines.ts';
import { serveProcess } from '../../helpers/serve.ts';
import { createFixtureWorkspace } from '../../helpers/workspace.ts';

const fixtureCopy = useTemplate('postgres', createFixtureWorkspace);
const CLIENTS = 5;
const EDITS = 10;
const PER_PROCESS = CLIENTS * EDITS;
const KEY = 'bf-next-day';

interface Reply {
  status: number;
  body: { result?: { revision: number; draft?: { promise?: string } }; error?: Record<string, unknown> };
}

async function call(port: number, method: string, input: unknown): Promise<Reply> {
  const response = await fetch(`http://127.0.0.1:${port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [PERSON_HEADER]: 'maria' },
    body: JSON.stringify({ input }),
  });
  return { status: response.status, body: (await response.json()) as Reply['body'] };
}

/** Reads the campaign, then saves an edit based on the revision it read. */
async function edit(port: number, promise: string): Promise<Reply & { promise: string; base: number }> {
  const read = await call(port, 'campaigns.get', { key: KEY });
  const { revision } = (read.body.result as unknown as { campaign: { revision: number } }).campaign;
  const saved = await call(port, 'campaigns.update', { key: KEY, revision, draft: { promise } });
  return { ...saved, promise, base: revision };
}

describe('two serve processes on one PostgreSQL workspace', () => {
  it(`${PER_PROCESS} conflicting edits at each: nothing accepted is lost, every refusal names who and when`, async () => {
    const location = await fixtureCopy();
    const servers = await Promise.all([serveProcess(location), serveProcess(location)]);
    try {
      const count = async (sql: string) => Number((await rawSql(location, sql))[0]?.n);
      const auditBefore = await count(
        `SELECT count(*) AS n FROM audit_events WHERE action = 'campaign.update' AND object_key = '${KEY}'`,
      );
      const changesBefore = await count(`SELECT count(*) AS n FROM change_log WHERE key = '${KEY}'`);
      const start = (await call(servers[0]!.port, 'campaigns.get', { key: KEY })).body.result as unknown as {
        campaign: { revision: number };
      };

      // Per process, CLIENTS people at once, each reading then saving EDITS times in a row.
      const client = async (port: number, name: string) => {
        const mine = [];
        for (let i = 0; i < EDITS; i++) mine.push(await edit(port, `${name} edit ${i}`));
        return mine;
      };
      const replies = (
        await Promise.all(
          servers.flatMap((server, s) =>
            Array.from({ length: CLIENTS }, (_, c) => client(server.port, `process ${s} client ${c}`)),
          ),
        )
      ).flat();
      const accepted = replies.filter((r) => r.status === 200);
      const refused = replies.filter((r) => r.status !== 200);
      expect(accepted.length + refused.length).toBe(2 * PER_PROCESS);
      expect(accepted.length).toBeGreaterThan(0);

      // An accepted edit was based on the state right before it: it overwrote nothing unseen.
      for (const r of accepted) expect(r.body.result!.revision).toBe(r.base + 1);
      // Each accepted edit got its own revision, one after the other.
      const revisions = accepted.map((r) => r.body.result!.revision).sort((a, b) => a - b);
      const first = start.campaign.revision + 1;
      expect(revisions).toEqual(Array.from({ length: accepted.length }, (_, i) => first + i));
      // The campaign holds the edit accepted last, and its history holds every accepted edit once.
      const last = accepted.find((r) => r.body.result!.revision === revisions.at(-1));
      const now = (await call(servers[1]!.port, 'campaigns.get', { key: KEY })).body.result as unknown as {
        campaign: { revision: number; draft?: { promise?: string } };
      };
      expect(now.campaign.revision).toBe(revisions.at(-1));
      expect(now.campaign.draft?.promise).toBe(last?.promise);
      expect(
        await count(
          `SELECT count(*) AS n FROM audit_events WHERE action = 'campaign.update' AND object_key = '${KEY}'`,
        ),
      ).toBe(auditBefore + accepted.length);
      expect(await count(`SELECT count(*) AS n FROM change_log WHERE key = '${KEY}'`)).toBe(
        changesBefore + accepted.length,
      );

      // Every refusal is a 409 conflict naming who changed the campaign and when.
      for (const r of refused) {
        expect(r.status).toBe(409);
        expect(r.body.error).toMatchObject({
          code: 'conflict',
          key: 'campaign_changed',
          params: { name: 'Maria Kovalenko', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
        });
      }
      console.info(
        `two serve processes: ${accepted.length} edits accepted, ${refused.length} refused with 409`,
      );
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
  });
});
