// Keeps a bundled chunk's source one byte a character. V8 holds a module's source text as long as
// the module lives, two bytes a character if any character is past U+00FF. esbuild escapes such
// characters in strings but not in the comments it keeps nor in regular expressions, so one "—" in
// a comment doubled a 770 KB chunk (docs/performance.md, `serve` memory, fourth pass). Escaped
// there, the code does the same: a comment is a comment, and in a regular expression `\uXXXX` is
// the same character, with or without the `u` flag (a surrogate pair is one code point under `u`).
import { parse } from 'acorn';

// Any UTF-16 code unit past 0xFF (surrogates included: no `u` flag).
const WIDE = /[\u0100-\uffff]/;

/** `code` with each character past U+00FF in a comment or a regular expression written `\uXXXX`. */
export function latin1Source(code) {
  if (!WIDE.test(code)) return code;
  const ranges = [];
  parse(code, {
    ecmaVersion: 'latest',
    sourceType: 'module',
    onComment: (_block, _text, start, end) => ranges.push([start, end]),
    onToken: (token) => {
      if (token.type.label === 'regexp') ranges.push([token.start, token.end]);
    },
  });
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += code.slice(at, start);
    for (let i = start; i < end; i++) {
      const unit = code.charCodeAt(i);
      // After a backslash (`\—`, an identity escape) the escape would change what it matches: kept.
      out += unit > 0xff && code[i - 1] !== '\\' ? `\\u${unit.toString(16).padStart(4, '0')}` : code[i];
    }
    at = end;
  }
  return out + code.slice(at);
}

/** Whether V8 can hold `code` one byte a character. */
export function isLatin1(code) {
  return !WIDE.test(code);
}
