// Every English string is used somewhere: a key no code asks for is a translation nobody reads
// (and five languages to keep up). A key counts as used when the code names it in quotes, or
// builds it from a named prefix (`board.${…}`); keys built wholly at run time are listed below.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/paths.ts';

/** Keys the code assembles from data (a flag's code and its metric's direction, an entity kind). */
const BUILT_AT_RUN_TIME: Record<string, RegExp> = {
  flags: /^(metric_failing|metric_at_risk|launched_while_failing)_(higher|lower)$/, // flag-text.ts
  errors: /^not_found_(campaign|department|metric|person)$/, // services/context.ts notFound()
};

function sourceText(): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name)) files.push(file);
    }
  };
  for (const dir of ['renderer/src', 'shared', 'electron']) walk(path.join(REPO_ROOT, dir));
  return files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

function leaves(strings: object, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([k, v]) =>
    typeof v === 'string' ? [prefix + k] : leaves(v as object, `${prefix}${k}.`),
  );
}

it('no English string is left that no code uses', () => {
  const text = sourceText();
  const quoted = (s: string) =>
    [`'${s}'`, `"${s}"`, `\`${s}\``, `:${s}'`, `:${s}\``].some((q) => text.includes(q));
  const unused: string[] = [];
  for (const dir of ['shared/i18n/locales/en', 'renderer/src/i18n/locales/en'])
    for (const file of fs.readdirSync(path.join(REPO_ROOT, dir))) {
      const ns = file.replace(/\.json$/, '');
      const strings = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, dir, file), 'utf8')) as object;
      for (const key of leaves(strings)) {
        const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
        const parts = base.split('.');
        const used =
          quoted(key) ||
          quoted(base) ||
          BUILT_AT_RUN_TIME[ns]?.test(key) ||
          // a group picked by a variable: `board.${kind}`, or a word param (errors.ts WORD_PARAMS)
          parts.some((_, i) => i > 0 && text.includes(`${parts.slice(0, i).join('.')}.\${`)) ||
          (parts.length > 1 && quoted(parts.at(-1) ?? ''));
        if (!used) unused.push(`${ns}:${key}`);
      }
    }
  expect(unused).toEqual([]);
});
