// Spec §6, "no accepted write is ever lost to another": two `serve` processes on one
// workspace (a SQLite file, or a PostgreSQL database behind a load balancer), each a marketer's desk editing the same campaign as fast as it can,
// reloading before every save. Every save is either accepted — and then it is in the
// workspace, in order, with its audit event — or refused with 409 naming who changed
// the campaign meanwhile and when.
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/services/audit-service.ts';
import { PERSON_HEADER } from '../../../electron/transports/http-server.ts';
import { ENGINES, useTemplate } from '../../helpers/engines.ts';
import { startServe, stopServe } from '../../helpers/serve.ts';
import { createFixtureWorkspace, openWorkspaceAt } from '../../helpers/workspace.ts';

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

const ROUNDS = 50;

async function serve(workspace: string): Promise<string> {
  const server = await startServe(workspace);
  stops.push(() => stopServe(server));
  return server.url;
}

interface Reply {
  status: number;
  body: { result?: { campaign?: { revision: number }; revision?: number }; error?: Record<string, unknown> };
}

async function call(url: string, person: string, method: string, input: unknown): Promise<Reply> {
  const res = await fetch(`${url}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [PERSON_HEADER]: person },
    body: JSON.stringify({ input }),
  });
  return { status: res.status, body: (await res.json()) as Reply['body'] };
}

describe.each(ENGINES)('two servers on one workspace (%s)', (engine) => {
  const fixtureCopy = useTemplate(engine, createFixtureWorkspace);

  it(`${ROUNDS} edits from each desk: none accepted is lost, every refusal is a 409 naming who and when`, async () => {
    const file = await fixtureCopy();
    const setup = await openWorkspaceAt(file);
    await setup.call('people.define', {
      person: {
        key: 'ceo',
        name: 'Anna Lindqvist',
        department: 'marketing',
        roles: ['leadership', 'marketing'],
      },
    });
    const initial = (await setup.call('campaigns.get', { key: 'spring-catalogue' })).campaign.revision;
    await setup.close();

    const desks = [
      { url: await serve(file), person: 'maria', other: 'Anna Lindqvist' },
      { url: await serve(file), person: 'ceo', other: 'Maria Kovalenko' },
    ];
    const accepted: { revision: number; promise: string }[] = [];
    let refused = 0;
    await Promise.all(
      desks.map(async (desk) => {
        for (let i = 0; i < ROUNDS; i++) {
          const got = await call(desk.url, desk.person, 'campaigns.get', { key: 'spring-catalogue' });
          const revision = got.body.result?.campaign?.revision as number;
          const promise = `${desk.person} #${i}`;
          const saved = await call(desk.url, desk.person, 'campaigns.update', {
            key: 'spring-catalogue',
            revision,
            draft: { promise },
          });
          if (saved.status === 200) {
            // Based on the state right before it: it overwrote nothing it had not seen.
            expect(saved.body.result?.revision).toBe(revision + 1);
            accepted.push({ revision: saved.body.result?.revision as number, promise });
            continue;
          }
          expect(saved.status, JSON.stringify(saved.body)).toBe(409);
          expect(saved.body.error).toMatchObject({
            code: 'conflict',
            key: 'campaign_changed',
            params: { name: desk.other, at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
          });
          refused++;
        }
      }),
    );
    expect(accepted.length + refused).toBe(2 * ROUNDS);

    const check = await openWorkspaceAt(file);
    try {
      const { campaign } = await check.call('campaigns.get', { key: 'spring-catalogue' });
      // Each accepted save raised the revision by one: none was overwritten unseen.
      expect(campaign.revision).toBe(initial + accepted.length);
      expect(accepted.map((a) => a.revision).sort((a, b) => a - b)).toEqual(
        accepted.map((_a, i) => initial + i + 1),
      );
      const last = accepted.reduce((a, b) => (b.revision > a.revision ? b : a));
      expect(campaign.draft?.promise).toBe(last.promise);
      const updates = (await check.call('audit.list', { limit: 1000 })).filter(
        (e) => e.action === 'campaign.update' && e.objectKey === 'spring-catalogue',
      );
      expect(updates).toHaveLength(accepted.length);
      // Both processes appended to one hash chain, and it holds.
      expect((await verifyAuditChain(check.store)).broken).toBeUndefined();
      console.info(`two servers (${engine}): ${accepted.length} saves accepted, ${refused} refused with 409`);
    } finally {
      await check.close();
    }
  }, 120_000); // 200 HTTP calls through two processes: slow on a loaded machine
});
