// V8 holds a module's source text two bytes a character if one character is past U+00FF: the
// CLI's chunks are written so that none is, without changing what their code does.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLatin1, latin1Source } from '../../../scripts/latin1-source.mjs';

// The texts are arguments: in a string esbuild escapes them already.
const TEXTS = ['Džak čuva ćup, đak šije žito', 'campaign-desk “x” y', '😀'];
const run = (code: string): unknown => new Function('texts', `${code}\nreturn result;`)(TEXTS) as unknown;

describe('latin1Source', () => {
  it('escapes comments and regular expressions, and the code gives the same results', () => {
    const code = [
      'const o = {',
      '  // a kept comment — with ≈ and “quotes”',
      '  a: 1,',
      '};',
      'const words = texts[0].replace(/dž|lj|nj|[a-zčćđšž]/gi, (m) => m.length);',
      'const quoted = texts[1].split(/([^“”]+)/u);',
      'const emoji = /^\\u{1F600}|😀$/u.test(texts[2]);',
      'const result = [o.a, words, quoted, emoji];',
    ].join('\n');
    const escaped = latin1Source(code);
    expect(isLatin1(code)).toBe(false);
    expect(isLatin1(escaped)).toBe(true);
    expect(run(escaped)).toEqual(run(code));
  });

  it('leaves what escaping would change: raw template text and an escaped character', () => {
    const code = 'const result = [String.raw`—`, /\\—/.test("—")];';
    expect(latin1Source(code)).toBe(code);
  });
});

describe('the built command line', () => {
  it('is one byte a character in every chunk', () => {
    // Built by tests/global-setup.ts.
    const dir = path.resolve(import.meta.dirname, '../../../dist/cli');
    const wide = fs
      .readdirSync(dir)
      .filter((file) => file.endsWith('.mjs') && !isLatin1(fs.readFileSync(path.join(dir, file), 'utf8')));
    expect(wide).toEqual([]);
  });
});
