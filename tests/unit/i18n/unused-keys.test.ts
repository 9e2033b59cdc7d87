// Every translated string is used somewhere (issue 11): a key nothing asks for is text that
// translators keep up for no reader. Keys are found in the sources as literals ("ns:key" or
// "key"), or under a template prefix such as `common:phase.${phase}` for keys built at run time.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedResources } from '../../../shared/i18n/i18n.ts';
import { shellResources } from '../../../shared/i18n/shell.ts';
import { viewResources } from '../../../renderer/src/i18n/all-languages.ts';
import { REPO_ROOT } from '../../helpers/paths.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const SOURCES = ['shared', 'electron', 'renderer/src', 'bin'];

function keysOf(strings: object, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([name, value]) =>
    typeof value === 'string'
      ? [(prefix + name).replace(PLURAL, '')]
      : keysOf(value as object, `${prefix}${name}.`),
  );
}

function sourceText(): string {
  const files = SOURCES.flatMap((dir) =>
    fs
      .readdirSync(path.join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !f.split(path.sep).includes('locales'))
      .map((f) => path.join(REPO_ROOT, dir, f)),
  );
  return files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

const source = sourceText();
/** Quoted texts, each quote kind in a pass of its own (an apostrophe in a comment must not pair up the rest). */
const literals = new Set(
  [/'([^'\n]*)'/g, /"([^"\n]*)"/g, /`([^`$]*)`/g].flatMap((quoted) =>
    [...source.matchAll(quoted)].map((m) => m[1] ?? ''),
  ),
);
/** Static starts of template literals that end where a key segment does. */
const prefixes = [...new Set([...source.matchAll(/`([^`$]*[.:_-])\$\{/g)].map((m) => m[1] ?? ''))];

const namespaces: Record<string, Record<string, object>> = {
  ...sharedResources,
  ...viewResources,
  ...shellResources,
};

describe('translation keys', () => {
  it('finds the keys it looks for (the check itself works)', () => {
    expect(literals.has('topbar.search')).toBe(true);
    expect(prefixes).toContain('common:phase.');
  });

  it('every English key is used by the sources', () => {
    const unused = Object.entries(namespaces).flatMap(([ns, byLanguage]) =>
      [...new Set(keysOf(byLanguage.en as object))]
        .filter((key) => {
          const full = `${ns}:${key}`;
          if (literals.has(full) || literals.has(key)) return false;
          return !prefixes.some((p) => full.startsWith(p) || key.startsWith(p));
        })
        .map((key) => `${ns}:${key}`),
    );
    expect(unused).toEqual([]);
  });
});
