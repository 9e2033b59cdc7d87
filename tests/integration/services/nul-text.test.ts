// PostgreSQL cannot store or even compare text holding U+0000 (the API fuzz on PostgreSQL got a 500
// from a search for "\u0000"). Every engine refuses it as invalid input, with one clear message.
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../helpers/engines.ts';
import { useOpenFixtureWorkspace } from '../../helpers/workspace.ts';

describe.each(ENGINES)('%s', (engine) => {
  const ws = useOpenFixtureWorkspace(engine);

  it('a search for a NUL character is refused as invalid input', async () => {
    const error = await ws.call('campaigns.search', { query: 'black\u0000friday' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_input', key: 'request_nul_character' });
  });

  it('an acknowledgement whose note holds a NUL character is refused and writes nothing', async () => {
    const before = await ws.call('audit.list', { limit: 1000 });
    const error = await ws
      .call(
        'acknowledgements.record',
        {
          campaign: 'bf-next-day',
          department: 'delivery',
          version: 2,
          state: 'acknowledged',
          note: 'ok\u0000',
        },
        'taras',
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_input', key: 'request_nul_character' });
    expect(await ws.call('audit.list', { limit: 1000 })).toEqual(before);
  });
});
