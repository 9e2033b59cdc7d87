// Nesting depth, found without recursion: a request nested a million levels deep is refused
// before anything recursive (JSON.parse, a schema, JSON.stringify) can overflow the stack.
import { describe, expect, it } from 'vitest';
import { jsonNestsDeeperThan, valueNestsDeeperThan } from '../../../shared/json-depth.ts';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('jsonNestsDeeperThan', () => {
  it('counts arrays and objects, not brackets inside strings or escaped quotes', () => {
    expect(jsonNestsDeeperThan(nested(3), 3)).toBe(false);
    expect(jsonNestsDeeperThan(nested(4), 3)).toBe(true);
    expect(jsonNestsDeeperThan('{"a":{"b":[1]}}', 3)).toBe(false);
    expect(jsonNestsDeeperThan('{"a":{"b":[{}]}}', 3)).toBe(true);
    expect(jsonNestsDeeperThan(JSON.stringify({ text: '[[[[[[\\"[[[[' }), 1)).toBe(false);
  });
  it('answers for a million levels without overflowing', () => {
    expect(jsonNestsDeeperThan(nested(1_000_000), 64)).toBe(true);
  });
});

describe('valueNestsDeeperThan', () => {
  it('counts the levels of a parsed value', () => {
    expect(valueNestsDeeperThan(JSON.parse('{"a":{"b":[1]}}'), 3)).toBe(false);
    expect(valueNestsDeeperThan(JSON.parse('{"a":{"b":[{}]}}'), 3)).toBe(true);
    expect(valueNestsDeeperThan('text', 0)).toBe(false);
  });
  it('answers for a value nested a million levels deep without overflowing', () => {
    let value: unknown = [];
    for (let i = 0; i < 1_000_000; i++) value = [value];
    expect(valueNestsDeeperThan(value, 64)).toBe(true);
  });
});
