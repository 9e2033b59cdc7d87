// Keys typed by nobody: derived from the department or person name the user enters.
import { expect, it } from 'vitest';
import { keyFromName, nextDepartmentColor } from '../../../renderer/src/components/key-from-name.ts';
import { key } from '../../../shared/schemas/primitives.ts';

it.each([
  ['Customer Care', 'customer-care'],
  ['  Åsa Öberg ', 'asa-oberg'],
  ['Олена Шевчук', 'olena-shevchuk'],
  ['Ђорђе Љубав', 'djordje-ljubav'],
  ['!!!', 'person'],
])('"%s" becomes the valid key "%s"', (name, expected) => {
  const derived = keyFromName(name, [], 'person');
  expect(derived).toBe(expected);
  expect(key.safeParse(derived).success).toBe(true);
});

it('never reuses a key that is taken', () => {
  expect(keyFromName('Jonas', ['jonas', 'jonas-2'])).toBe('jonas-3');
});

it('a new department gets a colour no department uses yet', () => {
  expect(nextDepartmentColor(['#1565C0'])).not.toBe('#1565c0');
});
