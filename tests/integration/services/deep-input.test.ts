// Whatever the transport (IPC hands over parsed values), an input nested thousands of levels
// deep is refused as invalid, not answered "Maximum call stack size exceeded" (500).
import { expect, it } from 'vitest';
import { fixtureDocument } from '../../helpers/files.ts';
import { useOpenFixtureWorkspace } from '../../helpers/workspace.ts';

const ws = useOpenFixtureWorkspace();

it('a document with decision flags nested 100,000 deep is refused and writes nothing', async () => {
  let deep: unknown = [];
  for (let i = 0; i < 100_000; i++) deep = [deep];
  const doc = fixtureDocument();
  doc.campaigns[0]!.decisions = [
    { decision: 'go', by: 'ceo', at: '2026-11-01T00:00:00Z', note: 'x', flags: [{ a: deep }] },
  ];
  const before = await ws.call('audit.list', { limit: 1000 });
  const error = await ws.call('workspace.import', { document: doc }).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'invalid_input', key: 'request_too_deep' });
  expect(await ws.call('audit.list', { limit: 1000 })).toEqual(before);
});
