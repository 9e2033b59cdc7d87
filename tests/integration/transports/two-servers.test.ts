// Spec §6, "no accepted write is ever lost to another": two `serve` processes on one
// workspace file, each a marketer's desk editing the same campaign as fast as it can,
// reloading before every save. Every save is either accepted — and then it is in the
// workspace, in order, with its audit event — or refused with 409 naming who changed
// the campaign meanwhile and when.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/services/audit-service.ts';
import { PERSON_HEADER } from '../../../electron/transports/http-server.ts';
import { CLI_BIN, REPO_ROOT } from '../../helpers/paths.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { openWorkspace, useFixtureWorkspace } from '../../helpers/workspace.ts';

const tempDir = useTempDir();
const copyFixture = useFixtureWorkspace();
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

const ROUNDS = 50;

async function serve(workspace: string): Promise<string> {
  const child = spawn(process.execPath, [CLI_BIN, 'serve', '--port', '0', '--workspace', workspace], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  stops.push(
    () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(out)?.[0];
      if (url) resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
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

describe('two servers on one workspace', () => {
  it(`${ROUNDS} edits from each desk: none accepted is lost, every refusal is a 409 naming who and when`, async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    copyFixture(file);
    const setup = openWorkspace(file);
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

    const check = openWorkspace(file);
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
      console.info(`two servers: ${accepted.length} saves accepted, ${refused} refused with 409`);
    } finally {
      await check.close();
    }
  });
});
