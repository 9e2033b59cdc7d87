// Refusals from the services carry a message key of the `errors` namespace whose
// English template gives exactly the message the user (or the CLI) reads.
import { expect, it } from 'vitest';
import type { ApiError } from '../../../shared/api.ts';
import { englishMessage, errorResources, type ErrorKey } from '../../../shared/i18n/errors.ts';
import { useOpenFixtureWorkspace } from '../../helpers/workspace.ts';

const ws = useOpenFixtureWorkspace();

async function refusal(method: string, input: unknown, as?: string): Promise<ApiError> {
  try {
    await ws.call(method as 'workspace.info', input, as);
  } catch (err) {
    return err as ApiError;
  }
  throw new Error(`${method} did not fail`);
}

it.each([
  [
    'campaigns.create',
    { title: 'X', start: '2027-01-10T08:00:00Z', end: '2027-01-20T08:00:00Z' },
    'taras',
    'forbidden',
    'forbidden_role',
  ],
  [
    'campaigns.create',
    { title: 'X', start: '2027-01-10T08:00:00Z', end: '2027-01-20T08:00:00Z' },
    '',
    'forbidden',
    'forbidden_anonymous',
  ],
  ['campaigns.get', { key: 'no-such' }, undefined, 'not_found', 'not_found_campaign'],
  [
    'campaigns.reschedule',
    { key: 'autumn-install', revision: 1, start: '2027-01-20T08:00:00Z', end: '2027-01-10T08:00:00Z' },
    'maria',
    'invalid_input',
    'ends_before_start',
  ],
  [
    'acknowledgements.record',
    { campaign: 'autumn-install', department: 'support', version: 1, state: 'acknowledged' },
    'taras',
    'forbidden',
    'acknowledge_own_department',
  ],
  ['workspace.loadSample', {}, undefined, 'conflict', 'sample_needs_empty'],
  ['settings.set', { horizonDays: 3 }, 'taras', 'forbidden', 'forbidden_role_either'],
  ['departments.archive', { key: 'sales' }, 'taras', 'forbidden', 'forbidden_ask_admin'],
  ['departments.update', { key: 'sales', name: 'Delivery' }, 'admin', 'conflict', 'department_name_taken'],
  ['people.archive', { key: 'admin' }, 'admin', 'conflict', 'last_admin'],
] as const)('%s refused (%s) carries key %s', async (method, input, as, code, key) => {
  const error = await refusal(method, input, as);
  expect(error.code).toBe(code);
  expect(error.key).toBe(key);
  expect(Object.hasOwn(errorResources.errors.en, key)).toBe(true);
  expect(englishMessage(error.key as ErrorKey, error.params)).toBe(error.message);
});
